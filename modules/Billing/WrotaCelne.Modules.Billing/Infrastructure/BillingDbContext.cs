using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;
using WrotaCelne.Modules.Billing.Application;
using WrotaCelne.Modules.Billing.Domain;

namespace WrotaCelne.Modules.Billing.Infrastructure;

internal sealed class BillingDbContext(DbContextOptions<BillingDbContext> options) : ModuleDbContext(options), IBillingData
{
    public const string FileName = "billing.db";

    public DbSet<Plan> Plans => Set<Plan>();

    public DbSet<BillingAccount> Accounts => Set<BillingAccount>();

    Task<int> IBillingData.SaveChangesAsync(CancellationToken cancellationToken) => SaveChangesAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Plan>(b =>
        {
            b.ToTable("plans");
            b.HasKey(p => p.Id);
            b.Property(p => p.Code).HasMaxLength(40);
            b.Property(p => p.Name).HasMaxLength(120);
            b.Property(p => p.Currency).HasMaxLength(3);
            b.HasIndex(p => p.Code).IsUnique();
        });
        modelBuilder.Entity<BillingAccount>(b =>
        {
            b.ToTable("billing_accounts");
            b.HasKey(a => a.OrganizationId);
            b.Property(a => a.OrganizationName).HasMaxLength(200);
            b.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        });
    }
}
