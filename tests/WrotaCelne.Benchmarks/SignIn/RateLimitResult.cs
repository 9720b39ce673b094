using WrotaCelne.Benchmarks.Http;
using WrotaCelne.Benchmarks.Measurement;

namespace WrotaCelne.Benchmarks.SignIn;

/// <param name="Limit">The per-address limit the host ran with (attempts per minute).</param>
/// <param name="Flood">The wrong-password attempts from one address.</param>
/// <param name="RetryAfter">The smallest and largest Retry-After the refusals carried, if any did.</param>
/// <param name="SameAddressOtherAccount">A correct sign-in of another account from the flooding address, right after the flood.</param>
/// <param name="OtherAddress">The same correct sign-in from another loopback address; <c>null</c> when this machine could not connect from one.</param>
/// <param name="OtherAddressProblem">Why <paramref name="OtherAddress"/> is missing.</param>
internal sealed record RateLimitResult(
    int Limit,
    OutcomeCounts Flood,
    (TimeSpan Min, TimeSpan Max)? RetryAfter,
    AttemptOutcome SameAddressOtherAccount,
    AttemptOutcome? OtherAddress,
    string? OtherAddressProblem);
