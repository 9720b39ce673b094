using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.Modules.Accounts.Application;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Infrastructure;

/// <summary>
/// Writes each entry through a context of its own, so recording never saves (or trips over) whatever
/// else the request's unit of work is tracking, e.g. a sign-in counter Identity failed to update.
/// </summary>
internal sealed class AuditTrail(IServiceScopeFactory scopes, ICurrentUser currentUser, IHttpContextAccessor http, TimeProvider clock) : IAuditTrail
{
    public Task RecordAsync(string action, UserAccount? user, string actorFallback, string details, CancellationToken cancellationToken)
    {
        var scope = user?.OrganizationId is null ? AuditScope.Platform : AuditScope.Organization;
        return WriteAsync(AuditEntry.Record(clock.GetUtcNow().UtcDateTime, scope, user?.OrganizationId, user?.Id, user?.Email ?? actorFallback, action, details, Address()));
    }

    public async Task RecordOrganizationAsync(string action, Guid organizationId, string details, CancellationToken cancellationToken)
    {
        var actor = await currentUser.FindAsync();
        await WriteAsync(AuditEntry.Record(clock.GetUtcNow().UtcDateTime, AuditScope.Organization, organizationId, actor?.Id, actor?.Email ?? "system", action, details, Address()));
    }

    public async Task RecordPlatformAsync(string action, string details, CancellationToken cancellationToken)
    {
        var actor = await currentUser.FindAsync();
        await WriteAsync(AuditEntry.Record(clock.GetUtcNow().UtcDateTime, AuditScope.Platform, null, actor?.Id, actor?.Email ?? "system", action, details, Address()));
    }

    private async Task WriteAsync(AuditEntry entry)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        db.AuditEntries.Add(entry);
        await db.SaveChangesAsync(CancellationToken.None); // a caller hanging up must not drop the record of what already happened
    }

    private string? Address() => http.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
