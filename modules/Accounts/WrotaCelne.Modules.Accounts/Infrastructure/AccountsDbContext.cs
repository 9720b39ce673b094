using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;
using WrotaCelne.Modules.Accounts.Application;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Infrastructure;

internal sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options) : ModuleDbContext(options), IAccountsData
{
    public const string FileName = "accounts.db";

    public DbSet<Organization> Organizations => Set<Organization>();

    Task<int> IAccountsData.SaveChangesAsync(CancellationToken cancellationToken) => SaveChangesAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Organization>(b =>
        {
            b.ToTable("organizations");
            b.HasKey(o => o.Id);
            b.Property(o => o.Name).HasMaxLength(Organization.NameMaxLength);
            b.Property(o => o.Nip).HasMaxLength(10);
            b.Property(o => o.Eori).HasMaxLength(17);
            b.Property(o => o.Status).HasConversion<string>().HasMaxLength(20);
            b.HasIndex(o => o.Nip).IsUnique();
        });
    }
}
