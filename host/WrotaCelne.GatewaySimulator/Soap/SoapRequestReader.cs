using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.Options;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;
using WrotaCelne.GatewaySimulator.Schemas;
using WrotaCelne.Plugins.Abstractions.Xml;

namespace WrotaCelne.GatewaySimulator.Soap;

/// <summary>
/// Checks a request the way the gateway would: well-formed SOAP 1.1 read safely, a known operation, the WS-Addressing
/// Action of that operation, a UsernameToken whose PUESC digest matches a known account, wsu:Created within the skew, a
/// fresh nonce, and a body valid against the WSDL's schema.
/// </summary>
internal sealed class SoapRequestReader(IOptions<SeapSimulatorOptions> options, NonceCache nonces, TimeProvider time)
{
    public static readonly XmlLimits Limits = new() { MaxBytes = 24 * 1024 * 1024 };

    private static readonly XNamespace S = SeapNames.Soap;
    private static readonly XNamespace Wsse = SeapNames.Security;

    private static readonly Dictionary<XName, string> Operations = new()
    {
        [SeapNames.Service + "AcceptDocumentRequest"] = SeapNames.Operations.AcceptDocument,
        [SeapNames.Service + "GetNextDocumentRequest"] = SeapNames.Operations.GetNextDocument,
        [SeapNames.Service + "GetNextDocumentSiscRequest"] = SeapNames.Operations.GetNextDocumentSisc,
        [SeapNames.Service + "GetDocumentsRequest"] = SeapNames.Operations.GetDocuments,
    };

    public (SoapRequest? Request, SimulatorFault? Fault) Read(byte[] content)
    {
        var loaded = SafeXml.Load(content, Limits);
        if (!loaded.Succeeded)
        {
            return Fail(SimulatorErrorCodes.MalformedEnvelope, "The request is not well-formed XML: " + loaded.Errors[0].Message);
        }

        var envelope = loaded.Value!.Root!;
        var body = envelope.Name == S + "Envelope" ? envelope.Element(S + "Body") : null;
        var header = envelope.Element(S + "Header");
        if (body is null || body.Elements().Count() != 1)
        {
            return Fail(SimulatorErrorCodes.MalformedEnvelope, "The request is not a SOAP 1.1 Envelope with a Body holding one element.");
        }

        var operationElement = body.Elements().Single();
        if (!Operations.TryGetValue(operationElement.Name, out var operation))
        {
            return Fail(SimulatorErrorCodes.UnknownOperation, $"{operationElement.Name} is not an operation of DocumentHandlingPort.");
        }

        var action = header?.Element(SeapNames.Addressing + "Action")?.Value.Trim();
        if (action != SeapNames.ActionOf(operation))
        {
            return Fail(SimulatorErrorCodes.WrongAction, $"The WS-Addressing Action is \"{action}\"; {operation} expects \"{SeapNames.ActionOf(operation)}\".");
        }

        var (login, fault) = Authenticate(header!.Element(Wsse + "Security")?.Element(Wsse + "UsernameToken"));
        if (fault is not null)
        {
            return (null, fault);
        }

        var schemaErrors = SafeXml.Validate(new XDocument(new XElement(operationElement)), SeapSchemas.Set);
        if (schemaErrors.Count > 0)
        {
            return Fail(SimulatorErrorCodes.SchemaInvalid, $"{schemaErrors[0].Pointer}: {schemaErrors[0].Message}");
        }

        return (new SoapRequest(operation, login!, header.Element(SeapNames.Addressing + "MessageID")?.Value.Trim(), operationElement), null);
    }

    private (string? Login, SimulatorFault? Fault) Authenticate(XElement? token)
    {
        var login = token?.Element(Wsse + "Username")?.Value.Trim();
        var password = token?.Element(Wsse + "Password");
        var nonceText = token?.Element(Wsse + "Nonce")?.Value.Trim();
        var created = token?.Element(SeapNames.Utility + "Created")?.Value.Trim();
        if (string.IsNullOrEmpty(login) || password is null || (string?)password.Attribute("Type") != SeapNames.PasswordDigestType
            || string.IsNullOrEmpty(nonceText) || string.IsNullOrEmpty(created))
        {
            return (null, SimulatorFault.Technical(SimulatorErrorCodes.SecurityMissing, "A wsse:UsernameToken with Username, a PasswordDigest, Nonce and wsu:Created is required."));
        }

        byte[] nonce;
        try
        {
            nonce = Convert.FromBase64String(nonceText);
        }
        catch (FormatException)
        {
            return (null, SimulatorFault.Technical(SimulatorErrorCodes.SecurityMissing, "The nonce is not Base64."));
        }

        var now = time.GetUtcNow();
        var skew = options.Value.ClockSkew;
        if (!DateTimeOffset.TryParse(created, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var createdAt)
            || (createdAt - now).Duration() > skew)
        {
            return (null, SimulatorFault.Technical(SimulatorErrorCodes.StaleCreated, $"wsu:Created \"{created}\" is not within {skew} of the gateway's time {now:O}."));
        }

        if (options.Value.ExpectedPassword(login) is not { } expected || !PuescPasswordDigest.Matches(password.Value.Trim(), nonce, created, expected))
        {
            return (null, SimulatorFault.Technical(SimulatorErrorCodes.AuthenticationFailed, "Authentication failed: unknown login or wrong password digest."));
        }

        return nonces.TryUse(login, nonceText, now, createdAt + skew + skew)
            ? (login, null)
            : (null, SimulatorFault.Technical(SimulatorErrorCodes.NonceReused, "The nonce was already used."));
    }

    private static (SoapRequest?, SimulatorFault?) Fail(string code, string description) => (null, SimulatorFault.Technical(code, description));
}
