using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;
using WrotaCelne.Modules.Accounts.Application;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Infrastructure;

/// <summary>
/// Accounts' database: organizations, and user accounts in ASP.NET Core Identity's schema (users,
/// claims, logins, tokens; roles are the module's own, per organization). It derives from Identity's
/// context, so outbox and inbox come through <see cref="IModuleDbContext"/> and <see cref="ModuleModel"/>.
/// </summary>
internal sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityUserContext<UserAccount, Guid>(options), IModuleDbContext, IAccountsData
{
    public const string FileName = "accounts.db";

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Branch> Branches => Set<Branch>();

    public DbSet<CustomRole> CustomRoles => Set<CustomRole>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<SupportAccessGrant> SupportAccessGrants => Set<SupportAccessGrant>();

    public DbSet<Notification> Notifications => Set<Notification>();

    /// <summary>The audit log is append-only: nothing may change or remove an entry once written.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        RefuseAuditRewrites();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RefuseAuditRewrites();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    public void AddIntegrationEvent(IntegrationEvent integrationEvent) => ModuleModel.AddIntegrationEvent(this, integrationEvent);

    Task<int> IAccountsData.SaveChangesAsync(CancellationToken cancellationToken) => SaveChangesAsync(cancellationToken);

    Task IAccountsData.RefreshAsync(UserAccount user, CancellationToken cancellationToken) => Entry(user).ReloadAsync(cancellationToken);

    private void RefuseAuditRewrites()
    {
        if (ChangeTracker.Entries<AuditEntry>().Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit entries are append-only.");
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => ModuleModel.ApplyConventions(configurationBuilder);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        ModuleModel.ApplyMessaging(builder);
        builder.Entity<UserAccount>(b =>
        {
            b.ToTable("users");
            b.Property(u => u.DisplayName).HasMaxLength(UserAccount.DisplayNameMaxLength);
            b.Property(u => u.Role).HasMaxLength(CustomRole.NameMaxLength);
            b.HasIndex(u => u.OrganizationId);
        });
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<Microsoft.AspNetCore.Identity.IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<AuditEntry>(b =>
        {
            b.ToTable("audit_entries");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).ValueGeneratedOnAdd();
            b.Property(e => e.Scope).HasConversion<string>().HasMaxLength(20);
            b.Property(e => e.Actor).HasMaxLength(254);
            b.Property(e => e.Action).HasMaxLength(60);
            b.Property(e => e.Details).HasMaxLength(AuditEntry.DetailsMaxLength);
            b.Property(e => e.IpAddress).HasMaxLength(45);
            b.HasIndex(e => new { e.Scope, e.OccurredAtUtc });
            b.HasIndex(e => new { e.OrganizationId, e.OccurredAtUtc });
        });
        builder.Entity<Organization>(b =>
        {
            b.ToTable("organizations");
            b.HasKey(o => o.Id);
            b.Property(o => o.Name).HasMaxLength(Organization.NameMaxLength);
            b.Property(o => o.Nip).HasMaxLength(10);
            b.Property(o => o.Eori).HasMaxLength(17);
            b.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
            b.Property(o => o.Sisc).HasMaxLength(50);
            b.Property(o => o.StatusReason).HasMaxLength(Organization.ReasonMaxLength);
            b.Property(o => o.RequestedAdministratorEmail).HasMaxLength(254);
            b.Property(o => o.RequestedAdministratorName).HasMaxLength(UserAccount.DisplayNameMaxLength);
            b.ComplexProperty(o => o.Address, MapAddress);
            b.HasIndex(o => o.Nip).IsUnique().HasFilter("\"Status\" IN ('Active', 'Suspended')"); // requests (pending, rejected) do not hold the NIP
        });
        builder.Entity<Branch>(b =>
        {
            b.ToTable("branches");
            b.HasKey(x => x.Id);
            b.Property(x => x.Code).HasMaxLength(10);
            b.Property(x => x.Name).HasMaxLength(Branch.NameMaxLength);
            b.ComplexProperty(x => x.Address, MapAddress);
            b.HasIndex(x => new { x.OrganizationId, x.Code }).IsUnique();
        });
        builder.Entity<CustomRole>(b =>
        {
            b.ToTable("roles");
            b.HasKey(x => x.Id);
            b.Property(x => x.Name).HasMaxLength(CustomRole.NameMaxLength).UseCollation("NOCASE");
            b.HasIndex(x => new { x.OrganizationId, x.Name }).IsUnique();
        });
        builder.Entity<SupportAccessGrant>(b =>
        {
            b.ToTable("support_access_grants");
            b.HasKey(x => x.Id);
            b.HasIndex(x => new { x.OrganizationId, x.ExpiresAtUtc });
        });
        builder.Entity<Notification>(b =>
        {
            b.ToTable("notifications");
            b.HasKey(x => x.Id);
            b.Property(x => x.Id).ValueGeneratedOnAdd();
            b.Property(x => x.Topic).HasMaxLength(Notification.TopicMaxLength);
            b.Property(x => x.SubjectPolish).HasMaxLength(Notification.SubjectMaxLength);
            b.Property(x => x.SubjectEnglish).HasMaxLength(Notification.SubjectMaxLength);
            b.Property(x => x.BodyPolish).HasMaxLength(Notification.BodyMaxLength);
            b.Property(x => x.BodyEnglish).HasMaxLength(Notification.BodyMaxLength);
            b.Property(x => x.Link).HasMaxLength(Notification.LinkMaxLength);
            b.HasIndex(x => new { x.UserId, x.ReadAtUtc }); // the header counts unread ones on every page; a list sorts at most KeptPerUser rows
        });
        builder.Entity<ApiToken>(b =>
        {
            b.ToTable("api_tokens");
            b.HasKey(x => x.Id);
            b.Property(x => x.Name).HasMaxLength(ApiToken.NameMaxLength);
            b.Property(x => x.SecretHash).HasMaxLength(32);
            b.HasIndex(x => new { x.OrganizationId, x.UserId });
        });
    }

    private static void MapAddress(ComplexPropertyBuilder<PostalAddress> address)
    {
        address.Property(a => a.Street).HasMaxLength(PostalAddress.StreetMaxLength);
        address.Property(a => a.City).HasMaxLength(PostalAddress.CityMaxLength);
        address.Property(a => a.PostalCode).HasMaxLength(PostalAddress.PostalCodeMaxLength);
        address.Property(a => a.Country).HasMaxLength(2);
    }
}
