namespace WrotaCelne.GatewaySimulator;

/// <summary>
/// The fault codes the simulator answers with. The real gateway's codes are not published beyond examples such as
/// <c>E011</c> and <c>B006</c>; these are the simulator's own, in that style (E: techErrorFault, B: businessErrorFault).
/// </summary>
public static class SimulatorErrorCodes
{
    /// <summary>The request is not well-formed SOAP 1.1 (not XML, a DTD, no Envelope or Body, too large).</summary>
    public const string MalformedEnvelope = "E001";

    /// <summary>The body is not one of the port's operations.</summary>
    public const string UnknownOperation = "E002";

    /// <summary>The WS-Addressing Action is missing or is not the operation's soapAction.</summary>
    public const string WrongAction = "E003";

    /// <summary>The body does not match the WSDL's schema.</summary>
    public const string SchemaInvalid = "E004";

    /// <summary>No wsse:Security/UsernameToken with Username, a PasswordDigest, Nonce and Created.</summary>
    public const string SecurityMissing = "E010";

    /// <summary>Unknown login or the password digest does not match.</summary>
    public const string AuthenticationFailed = "E011";

    /// <summary>wsu:Created is unreadable or further than the allowed skew from the gateway's clock.</summary>
    public const string StaleCreated = "E012";

    /// <summary>The nonce was used before within the window.</summary>
    public const string NonceReused = "E013";

    /// <summary>The content is empty or larger than 15 MB.</summary>
    public const string ContentSize = "B001";

    /// <summary>The content has no file name.</summary>
    public const string FileNameMissing = "B002";

    /// <summary>No target system, more than one, or one the simulator does not serve.</summary>
    public const string TargetSystem = "B003";

    /// <summary>GetDocuments without a criterion or over more than 10 days.</summary>
    public const string QueryInvalid = "B006";
}
