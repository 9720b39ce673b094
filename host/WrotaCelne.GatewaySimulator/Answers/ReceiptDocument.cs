using System.Globalization;
using System.Security.Cryptography;
using System.Xml.Linq;

namespace WrotaCelne.GatewaySimulator.Answers;

/// <summary>
/// The simulator's own receipts. The real UPO and NPP XML is not public here, so this is a small format of the
/// simulator's, namespace <see cref="Namespace"/>:
/// <code>
/// &lt;UPO|NPP xmlns="urn:wrotacelne:gateway-simulator:receipt:v1"&gt;
///   &lt;sysRef/&gt; &lt;receivedAt/&gt; &lt;fileName/&gt; &lt;targetSystem/&gt;
///   &lt;messageType/&gt;? &lt;LRN/&gt;? &lt;messageIdentification/&gt;?
///   &lt;contentDigest algorithm="SHA-256"&gt;Base64&lt;/contentDigest&gt;
///   (NPP only) &lt;error&gt;&lt;code/&gt;&lt;text/&gt;&lt;pointer/&gt;?&lt;/error&gt;+
/// &lt;/UPO|NPP&gt;
/// </code>
/// sysRef is the accepted document's; the NPP error codes are <see cref="ReceiptErrorCodes"/>.
/// </summary>
internal static class ReceiptDocument
{
    public const string Namespace = "urn:wrotacelne:gateway-simulator:receipt:v1";

    public static XDocument Build(string kind, Submission submission, IReadOnlyList<ReceiptError> errors)
    {
        XNamespace r = Namespace;
        return new XDocument(
            new XDeclaration("1.0", "utf-8", null),
            new XElement(
                r + kind,
                new XElement(r + "sysRef", submission.SysRef),
                new XElement(r + "receivedAt", submission.ReceivedAt.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture)),
                new XElement(r + "fileName", submission.Document.Content.FileName),
                new XElement(r + "targetSystem", submission.Document.TargetSystems.FirstOrDefault()),
                submission.Message?.Type is { } type ? new XElement(r + "messageType", type) : null,
                submission.Message?.Lrn is { } lrn ? new XElement(r + "LRN", lrn) : null,
                submission.Message?.MessageIdentification is { } id ? new XElement(r + "messageIdentification", id) : null,
                new XElement(r + "contentDigest", new XAttribute("algorithm", "SHA-256"), Convert.ToBase64String(SHA256.HashData(submission.Document.Content.Data))),
                errors.Select(e => new XElement(
                    r + "error",
                    new XElement(r + "code", e.Code),
                    new XElement(r + "text", e.Text),
                    e.Pointer is null ? null : new XElement(r + "pointer", e.Pointer)))));
    }
}

/// <summary>Why a document got an NPP.</summary>
internal sealed record ReceiptError(string Code, string Text, string? Pointer = null);

/// <summary>The NPP error codes of the simulator's receipt format.</summary>
internal static class ReceiptErrorCodes
{
    /// <summary>The content is not well-formed XML (or not XML at all).</summary>
    public const string NotXml = "NPP-XML";

    /// <summary>The business XML carries no ds:Signature.</summary>
    public const string SignatureMissing = "NPP-SIG-MISSING";

    /// <summary>The signature does not verify (the text carries the verifier's problem code).</summary>
    public const string SignatureInvalid = "NPP-SIG-INVALID";

    /// <summary>The message does not match its official schema (one error per schema problem, with the element path).</summary>
    public const string SchemaInvalid = "NPP-XSD";

    /// <summary>The message does not belong to the target system (e.g. an NCTS message sent to AES).</summary>
    public const string WrongSystem = "NPP-SYSTEM";
}
