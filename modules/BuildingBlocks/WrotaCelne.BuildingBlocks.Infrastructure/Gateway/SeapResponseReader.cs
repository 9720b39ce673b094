using System.Net;
using System.Xml;
using System.Xml.Linq;
using WrotaCelne.Plugins.Abstractions.Xml;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

/// <summary>
/// Reads an HTTP answer of the gateway as safe XML and sorts it: the expected body element, a SOAP fault (business or
/// technical), an HTTP error without a fault (transport), or something else (malformed).
/// </summary>
internal static class SeapResponseReader
{
    /// <summary>Base64 of a 15 MB document plus the envelope, with room to spare.</summary>
    public static readonly XmlLimits Limits = new() { MaxBytes = 24 * 1024 * 1024 };

    public static SeapResult<XElement> Read(HttpStatusCode status, byte[] body, XName expected)
    {
        var envelope = Parse(body);
        var bodyElement = envelope?.Root is { } root && root.Name == SeapNames.Soap + "Envelope" ? root.Element(SeapNames.Soap + "Body") : null;
        var fault = bodyElement?.Element(SeapNames.Soap + "Fault");
        if (fault is not null)
        {
            return Fault(fault);
        }

        if ((int)status is < 200 or > 299)
        {
            return new SeapError.Transport(SeapTransportFailure.HttpStatus, (int)status, $"The gateway answered HTTP {(int)status} without a SOAP fault.");
        }

        if (bodyElement is null)
        {
            return new SeapError.Malformed(envelope is null ? "The answer is not well-formed XML." : "The answer is not a SOAP 1.1 envelope with a body.");
        }

        var answer = bodyElement.Elements().FirstOrDefault();
        return answer is not null && answer.Name == expected
            ? SeapResult<XElement>.Success(answer)
            : new SeapError.Malformed($"Expected {expected.LocalName} in the body, found {answer?.Name.LocalName ?? "nothing"}.");
    }

    private static XDocument? Parse(byte[] body)
    {
        if (body.Length == 0 || body.Length > Limits.MaxBytes)
        {
            return null;
        }

        try
        {
            using var reader = XmlReader.Create(new MemoryStream(body), SafeXml.ReaderSettings(Limits));
            return XDocument.Load(reader);
        }
        catch (XmlException)
        {
            return null;
        }
    }

    private static SeapError Fault(XElement fault)
    {
        var detail = fault.Element("detail")?.Elements().FirstOrDefault();
        var error = detail?.Elements().FirstOrDefault(e => e.Name.LocalName == "error");
        var code = error?.Elements().FirstOrDefault(e => e.Name.LocalName == "errorCode")?.Value.Trim();
        var description = error?.Elements().FirstOrDefault(e => e.Name.LocalName == "errorDesc")?.Value.Trim();
        if (detail?.Name.LocalName == SeapNames.BusinessFault && code is not null)
        {
            return new SeapError.BusinessFault(code, description ?? string.Empty);
        }

        if (detail?.Name.LocalName == SeapNames.TechnicalFault && code is not null)
        {
            return new SeapError.TechnicalFault(code, description ?? string.Empty);
        }

        // A fault without the declared detail (a gateway front-end, a SOAP stack error) is technical: its faultcode stands for the code.
        return new SeapError.TechnicalFault(
            fault.Element("faultcode")?.Value.Trim() ?? "soap:Server",
            fault.Element("faultstring")?.Value.Trim() ?? string.Empty);
    }
}
