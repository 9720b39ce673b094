using System.Globalization;
using System.Net.Http.Headers;
using System.Xml;
using System.Xml.Linq;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

/// <summary>
/// The client of the SEAP gateway's <c>DocumentHandlingPort</c> (WS_PULL.wsdl): SOAP 1.1 over the given
/// <see cref="HttpClient"/> (its timeout applies), every call with fresh WS-Addressing and UsernameToken headers.
/// Gateway-side problems come back as <see cref="SeapError"/> values; only cancellation throws.
/// </summary>
public sealed class SeapClient
{
    private static readonly XNamespace Ws = SeapNames.Service;
    private static readonly XNamespace C = SeapNames.Channel;

    private readonly HttpClient http;
    private readonly SeapEndpoint endpoint;
    private readonly TimeProvider time;

    public SeapClient(HttpClient http, SeapEndpoint endpoint, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(endpoint);
        this.http = http;
        this.endpoint = endpoint;
        this.time = time ?? TimeProvider.System;
    }

    /// <summary>Sends a document; the value is the gateway's <c>sysRef</c> for it.</summary>
    public async Task<SeapResult<string>> AcceptDocumentAsync(SeapDocument document, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(document);
        var answer = await CallAsync(
            SeapNames.Operations.AcceptDocument,
            new XElement(Ws + "AcceptDocumentRequest", SeapDocumentXml.Write(document)),
            Ws + "AcceptDocumentResponse",
            cancellationToken).ConfigureAwait(false);
        if (!answer.Succeeded)
        {
            return answer.Error;
        }

        var sysRef = answer.Value.Element(C + "result")?.Element(C + "sysRef")?.Value.Trim();
        return string.IsNullOrEmpty(sysRef)
            ? new SeapError.Malformed("AcceptDocumentResponse carries no result/sysRef.")
            : SeapResult<string>.Success(sysRef);
    }

    /// <summary>The next uncollected document (none when nothing waits) and whether more wait.</summary>
    public async Task<SeapResult<SeapNextDocument>> GetNextDocumentAsync(CancellationToken cancellationToken = default) =>
        ReadNext(await CallAsync(
            SeapNames.Operations.GetNextDocument,
            new XElement(Ws + "GetNextDocumentRequest"),
            Ws + "GetNextDocumentResponse",
            cancellationToken).ConfigureAwait(false));

    /// <summary>The next uncollected document of the given SISC ids.</summary>
    public async Task<SeapResult<SeapNextDocument>> GetNextDocumentSiscAsync(SeapSiscFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return ReadNext(await CallAsync(
            SeapNames.Operations.GetNextDocumentSisc,
            new XElement(Ws + "GetNextDocumentSiscRequest", Optional("idSiscROF", filter.IdSiscRof), Optional("idSiscROP", filter.IdSiscRop), Optional("idSiscP", filter.IdSiscP)),
            Ws + "GetNextDocumentResponse",
            cancellationToken).ConfigureAwait(false));
    }

    /// <summary>Documents matching the query (by sysRef, correlation, dates, ...).</summary>
    public async Task<SeapResult<SeapDocuments>> GetDocumentsAsync(SeapDocumentsQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var request = new XElement(
            Ws + "GetDocumentsRequest",
            Optional("idSiscROF", query.IdSiscRof),
            Optional("idSiscROP", query.IdSiscRop),
            Optional("idSiscP", query.IdSiscP),
            Optional("sysRef", query.SysRef),
            Optional("idWysylki", query.DispatchId),
            Optional("idDocSysZew", query.ExternalDocumentId),
            Optional("idSprawy", query.CaseId),
            Optional("pobrany", query.Collected),
            Optional("dataOd", query.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Optional("dataDo", query.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Optional("korelacjaSysref", query.CorrelatedSysRef));
        var answer = await CallAsync(SeapNames.Operations.GetDocuments, request, Ws + "GetDocumentsResponse", cancellationToken).ConfigureAwait(false);
        if (!answer.Succeeded)
        {
            return answer.Error;
        }

        var documents = new List<SeapDocument>();
        foreach (var element in answer.Value.Elements(C + "document"))
        {
            var document = SeapDocumentXml.Read(element, out var problem);
            if (document is null)
            {
                return new SeapError.Malformed(problem!);
            }

            documents.Add(document);
        }

        var count = answer.Value.Element(Ws + "documentsCount")?.Value;
        return SeapResult<SeapDocuments>.Success(new SeapDocuments(
            long.TryParse(count, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null,
            documents,
            answer.Value.Element(Ws + "documentsInfo")?.Value));
    }

    private static XElement? Optional(string name, string? value) => string.IsNullOrEmpty(value) ? null : new XElement(Ws + name, value);

    private static SeapResult<SeapNextDocument> ReadNext(SeapResult<XElement> answer)
    {
        if (!answer.Succeeded)
        {
            return answer.Error;
        }

        var hasNextText = (string?)answer.Value.Attribute("hasNext");
        bool hasNext;
        try
        {
            hasNext = hasNextText is not null && XmlConvert.ToBoolean(hasNextText.Trim());
        }
        catch (FormatException)
        {
            return new SeapError.Malformed($"hasNext is \"{hasNextText}\", not a boolean.");
        }

        var element = answer.Value.Element(C + "document");
        if (element is null)
        {
            return SeapResult<SeapNextDocument>.Success(new SeapNextDocument(null, hasNext));
        }

        var document = SeapDocumentXml.Read(element, out var problem);
        return document is null
            ? new SeapError.Malformed(problem!)
            : SeapResult<SeapNextDocument>.Success(new SeapNextDocument(document, hasNext));
    }

    private async Task<SeapResult<XElement>> CallAsync(string operation, XElement body, XName expected, CancellationToken cancellationToken)
    {
        var action = SeapNames.ActionOf(operation);
        var token = UsernameToken.Create(endpoint.Login, endpoint.Password, time.GetUtcNow());
        var envelope = SeapEnvelope.Request(action, endpoint.Address, "urn:uuid:" + Guid.NewGuid(), token, body);
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint.Address)
        {
            Content = new ByteArrayContent(SeapEnvelope.ToBytes(envelope)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{action}\"");

        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var content = await ReadLimitedAsync(response.Content, cancellationToken).ConfigureAwait(false);
            return content is null
                ? new SeapError.Malformed($"The answer is larger than {SeapResponseReader.Limits.MaxBytes} bytes.")
                : SeapResponseReader.Read(response.StatusCode, content, expected);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException e)
        {
            // HttpClient reports its own Timeout as a cancellation the caller did not ask for.
            return new SeapError.Transport(SeapTransportFailure.Timeout, null, $"No answer within {http.Timeout}: {e.Message}");
        }
        catch (HttpRequestException e)
        {
            return new SeapError.Transport(SeapTransportFailure.Connection, (int?)e.StatusCode, $"{e.HttpRequestError}: {e.Message}");
        }
        catch (IOException e)
        {
            return new SeapError.Transport(SeapTransportFailure.Connection, null, e.Message);
        }
    }

    private static async Task<byte[]?> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > SeapResponseReader.Limits.MaxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }
}
