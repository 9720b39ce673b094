using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

/// <summary>SOAP 1.1 envelopes of the SEAP binding: requests with WS-Addressing and WS-Security headers, answers and faults.</summary>
public static class SeapEnvelope
{
    private static readonly XNamespace S = SeapNames.Soap;
    private static readonly XNamespace Wsa = SeapNames.Addressing;

    /// <summary>A request: Action (the WSDL's soapAction), To, MessageID, ReplyTo anonymous, Security with the token, and the body.</summary>
    public static XDocument Request(string action, Uri to, string messageId, UsernameToken token, XElement body)
    {
        ArgumentNullException.ThrowIfNull(to);
        ArgumentNullException.ThrowIfNull(token);
        return Envelope(
            [
                new XElement(Wsa + "Action", action),
                new XElement(Wsa + "To", to.AbsoluteUri),
                new XElement(Wsa + "MessageID", messageId),
                new XElement(Wsa + "ReplyTo", new XElement(Wsa + "Address", SeapNames.AnonymousAddress)),
                new XElement(
                    SeapNames.Security + "Security",
                    new XAttribute(S + "mustUnderstand", "1"),
                    token.ToXml()),
            ],
            body);
    }

    /// <summary>An answer; <paramref name="relatesTo"/> is the request's MessageID when it had one.</summary>
    public static XDocument Response(string action, string? relatesTo, XElement body) => Envelope(
        [
            new XElement(Wsa + "Action", action),
            new XElement(Wsa + "MessageID", "urn:uuid:" + Guid.NewGuid()),
            relatesTo is null ? null : new XElement(Wsa + "RelatesTo", relatesTo),
        ],
        body);

    /// <summary>A SOAP 1.1 fault whose detail is the WSDL's <c>businessErrorFault</c> or <c>techErrorFault</c>.</summary>
    public static XDocument Fault(bool business, string code, string description)
    {
        XNamespace ws = SeapNames.Service, c = SeapNames.Channel;
        var detail = new XElement(
            ws + (business ? SeapNames.BusinessFault : SeapNames.TechnicalFault),
            new XElement(ws + "error", new XElement(c + "errorCode", code), new XElement(c + "errorDesc", description)));
        return Envelope(
            [],
            new XElement(
                S + "Fault",
                new XElement("faultcode", business ? "soap:Client" : "soap:Server"),
                new XElement("faultstring", $"{code}: {description}"),
                new XElement("detail", detail)));
    }

    /// <summary>UTF-8 without a byte order mark.</summary>
    public static byte[] ToBytes(XDocument envelope)
    {
        ArgumentNullException.ThrowIfNull(envelope);
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false };
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, settings))
        {
            envelope.Save(writer);
        }

        return stream.ToArray();
    }

    private static XDocument Envelope(IEnumerable<XElement?> headers, XElement body) => new(
        new XDeclaration("1.0", "utf-8", null),
        new XElement(
            S + "Envelope",
            new XAttribute(XNamespace.Xmlns + "soap", S.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "wsa", Wsa.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "wsse", SeapNames.Security.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "wsu", SeapNames.Utility.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "ws", SeapNames.Service.NamespaceName),
            new XAttribute(XNamespace.Xmlns + "common", SeapNames.Channel.NamespaceName),
            new XElement(S + "Header", headers.OfType<XElement>()),
            new XElement(S + "Body", body)));
}
