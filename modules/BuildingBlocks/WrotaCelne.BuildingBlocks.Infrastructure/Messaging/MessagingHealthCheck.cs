using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Messaging;

/// <summary>Degraded when a module has outbox or inbox rows that used up their attempts: an operator must look at them.</summary>
internal sealed class MessagingHealthCheck<TContext>(IServiceScopeFactory scopes) : IHealthCheck
    where TContext : DbContext, IModuleDbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var parkedOut = await db.OutboxMessages.CountAsync(m => m.DispatchedAtUtc == null && m.Attempts >= Retry.MaxAttempts, cancellationToken).ConfigureAwait(false);
        var parkedIn = await db.InboxMessages.CountAsync(m => m.ProcessedAtUtc == null && m.Attempts >= Retry.MaxAttempts, cancellationToken).ConfigureAwait(false);
        var data = new Dictionary<string, object> { ["parkedOutbox"] = parkedOut, ["parkedInbox"] = parkedIn };
        return parkedOut + parkedIn == 0
            ? HealthCheckResult.Healthy("No parked messages.", data)
            : HealthCheckResult.Degraded($"{parkedOut} outbox and {parkedIn} inbox message(s) failed {Retry.MaxAttempts} times; see their last_error.", data: data);
    }
}
