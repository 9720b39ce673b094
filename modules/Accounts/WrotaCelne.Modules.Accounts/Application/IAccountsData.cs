using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>The module's unit of work as the application layer sees it.</summary>
internal interface IAccountsData
{
    DbSet<Organization> Organizations { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    DbSet<Branch> Branches { get; }

    DbSet<CustomRole> CustomRoles { get; }

    DbSet<ApiToken> ApiTokens { get; }

    DbSet<SupportAccessGrant> SupportAccessGrants { get; }

    DbSet<Notification> Notifications { get; }

    void AddIntegrationEvent(IntegrationEvent integrationEvent);

    /// <summary>Reads a tracked account again from the database (another request may have changed it since).</summary>
    Task RefreshAsync(UserAccount user, CancellationToken cancellationToken);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
