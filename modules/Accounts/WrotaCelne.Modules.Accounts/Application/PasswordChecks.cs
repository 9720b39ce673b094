using System.Threading.RateLimiting;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>
/// Password hashing is deliberately slow: at most one check per core runs at a time (a few more wait
/// briefly), so a flood of sign-ins or password changes cannot starve other requests. One per host.
/// </summary>
internal sealed class PasswordChecks : IDisposable
{
    public ConcurrencyLimiter Limiter { get; } = new(new ConcurrencyLimiterOptions
    {
        PermitLimit = Environment.ProcessorCount,
        QueueLimit = 4 * Environment.ProcessorCount,
        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
    });

    public void Dispose() => Limiter.Dispose();
}
