using System.Globalization;
using System.Xml.Linq;
using Microsoft.AspNetCore.Http;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;
using WrotaCelne.GatewaySimulator.Answers;
using WrotaCelne.GatewaySimulator.Soap;
using WrotaCelne.GatewaySimulator.Store;

namespace WrotaCelne.GatewaySimulator;

/// <summary>One POST endpoint for every operation of DocumentHandlingPort, as SOAP 1.1 has it; faults go out with HTTP 500.</summary>
internal sealed class SeapSimulatorEndpoint(SoapRequestReader reader, DocumentIntake intake, SeapSimulatorStore store, TimeProvider time)
{
    private static readonly XNamespace Ws = SeapNames.Service;

    public async Task HandleAsync(HttpContext context)
    {
        var content = await ReadBodyAsync(context.Request, context.RequestAborted);
        if (content is null)
        {
            await WriteAsync(context, SeapEnvelope.Fault(false, SimulatorErrorCodes.MalformedEnvelope, "The request is larger than the gateway accepts."), 500);
            return;
        }

        var (request, fault) = reader.Read(content);
        if (fault is null)
        {
            (var answer, fault) = Handle(request!);
            if (fault is null)
            {
                await WriteAsync(context, SeapEnvelope.Response(request!.Operation + "Response", request.MessageId, answer!), 200);
                return;
            }
        }

        await WriteAsync(context, SeapEnvelope.Fault(fault.Business, fault.Code, fault.Description), 500);
    }

    private (XElement? Answer, SimulatorFault? Fault) Handle(SoapRequest request)
    {
        switch (request.Operation)
        {
            case SeapNames.Operations.AcceptDocument:
                var (sysRef, fault) = intake.Accept(request.Login, request.Body);
                return fault is not null
                    ? (null, fault)
                    : (new XElement(Ws + "AcceptDocumentResponse", new XElement(SeapNames.Channel + "result", new XElement(SeapNames.Channel + "sysRef", sysRef))), null);
            case SeapNames.Operations.GetNextDocument:
            case SeapNames.Operations.GetNextDocumentSisc:
                // The simulator knows no SISC ids, so the SISC filter selects the login's whole queue.
                var (next, hasNext) = store.TakeNext(request.Login, time.GetUtcNow());
                return (new XElement(
                    Ws + "GetNextDocumentResponse",
                    new XAttribute("hasNext", hasNext ? "true" : "false"),
                    next is null ? null : SeapDocumentXml.Write(next.Document)), null);
            default:
                return GetDocuments(request);
        }
    }

    private (XElement? Answer, SimulatorFault? Fault) GetDocuments(SoapRequest request)
    {
        string? Text(string name) => request.Body.Element(Ws + name)?.Value.Trim() is { Length: > 0 } value ? value : null;
        DateOnly? Date(string name) => Text(name) is { } value ? DateOnly.ParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
        var query = new SeapDocumentsQuery
        {
            SysRef = Text("sysRef"),
            CorrelatedSysRef = Text("korelacjaSysref"),
            Collected = Text("pobrany"),
            From = Date("dataOd"),
            To = Date("dataDo"),
        };
        if (query.SysRef is null && query.CorrelatedSysRef is null && (query.From is null || query.To is null))
        {
            return (null, SimulatorFault.OfBusiness(SimulatorErrorCodes.QueryInvalid, "Give sysRef, korelacjaSysref or a date range (dataOd and dataDo)."));
        }

        if (query.From is { } from && query.To is { } to && (to.DayNumber - from.DayNumber > 10 || to < from))
        {
            return (null, SimulatorFault.OfBusiness(SimulatorErrorCodes.QueryInvalid, "The date range must run forward over at most 10 days."));
        }

        var documents = store.Find(request.Login, query, SeapDocumentsQuery.MaxDocuments, time.GetUtcNow());
        return (new XElement(
            Ws + "GetDocumentsResponse",
            new XElement(Ws + "documentsCount", documents.Count),
            documents.Select(SeapDocumentXml.Write)), null);
    }

    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var limit = SoapRequestReader.Limits.MaxBytes;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    private static async Task WriteAsync(HttpContext context, XDocument envelope, int status)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/xml; charset=utf-8";
        await context.Response.Body.WriteAsync(SeapEnvelope.ToBytes(envelope), context.RequestAborted);
    }
}
