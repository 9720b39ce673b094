using Microsoft.AspNetCore.Http;
using WrotaCelne.Modules.Accounts.Application;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Infrastructure;

internal sealed class AuditTrail(AccountsDbContext db, ICurrentUser currentUser, IHttpContextAccessor http, TimeProvider clock) : IAuditTrail
{
    public async Task RecordAsync(string action, UserAccount? user, string actorFallback, string details, CancellationToken cancellationToken)
    {
        var scope = user?.OrganizationId is null ? AuditScope.Platform : AuditScope.Organization;
        db.AuditEntries.Add(AuditEntry.Record(clock.GetUtcNow().UtcDateTime, scope, user?.OrganizationId, user?.Id, user?.Email ?? actorFallback, action, details, Address()));
        await db.SaveChangesAsync(CancellationToken.None); // a caller hanging up must not drop the record of what already happened
    }

    public async Task RecordPlatformAsync(string action, string details, CancellationToken cancellationToken)
    {
        var actor = await currentUser.FindAsync();
        db.AuditEntries.Add(AuditEntry.Record(clock.GetUtcNow().UtcDateTime, AuditScope.Platform, null, actor?.Id, actor?.Email ?? "system", action, details, Address()));
        await db.SaveChangesAsync(CancellationToken.None); // a caller hanging up must not drop the record of what already happened
    }

    public async Task RecordOrganizationAsync(string action, Guid organizationId, string details, CancellationToken cancellationToken)
    {
        var actor = await currentUser.FindAsync();
        db.AuditEntries.Add(AuditEntry.Record(clock.GetUtcNow().UtcDateTime, AuditScope.Organization, organizationId, actor?.Id, actor?.Email ?? "system", action, details, Address()));
        await db.SaveChangesAsync(CancellationToken.None); // a caller hanging up must not drop the record of what already happened
    }

    private string? Address() => http.HttpContext?.Connection.RemoteIpAddress?.ToString();
}
