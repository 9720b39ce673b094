namespace WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

/// <summary>Why a gateway call gave no value. The gateway's own faults, the way there and answers that make no sense are told apart.</summary>
public abstract record SeapError(string Description)
{
    /// <summary>A <c>businessErrorFault</c>: the gateway understood the call and refused it (resending the same will fail again).</summary>
    public sealed record BusinessFault(string Code, string Description) : SeapError(Description);

    /// <summary>A <c>techErrorFault</c> (or a SOAP fault without a declared detail): authentication, envelope, gateway-side failure.</summary>
    public sealed record TechnicalFault(string Code, string Description) : SeapError(Description);

    /// <summary>No answer from the gateway: a timeout, a refused or dropped connection, or an HTTP error that is not a SOAP fault.</summary>
    public sealed record Transport(SeapTransportFailure Kind, int? StatusCode, string Description) : SeapError(Description);

    /// <summary>An answer that is not the SOAP the WSDL declares (not XML, no envelope, the wrong body).</summary>
    public sealed record Malformed(string Description) : SeapError(Description);
}

/// <summary>What went wrong on the way.</summary>
public enum SeapTransportFailure
{
    /// <summary>The gateway answered with an HTTP error status that carried no SOAP fault (e.g. 502, 503).</summary>
    HttpStatus,

    /// <summary>No answer within the client's timeout.</summary>
    Timeout,

    /// <summary>The connection could not be made or broke (refused, reset, DNS, TLS).</summary>
    Connection,
}
