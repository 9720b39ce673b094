namespace WrotaCelne.Benchmarks.Http;

/// <summary>How the server answered one sign-in form post.</summary>
internal enum AttemptOutcome
{
    /// <summary>302 to the requested page: the password was checked and right.</summary>
    SignedIn,

    /// <summary>200, the form again: the password was checked and wrong (or the account is locked).</summary>
    Refused,

    /// <summary>429 from the sign-in handler: every hashing slot and its queue were taken.</summary>
    Busy,

    /// <summary>429 from the per-address limiter: the attempt never reached the handler.</summary>
    RateLimited,

    /// <summary>Any other status, or no answer.</summary>
    Other,
}
