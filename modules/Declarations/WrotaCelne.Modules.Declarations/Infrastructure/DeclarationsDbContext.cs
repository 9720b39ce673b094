using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;
using WrotaCelne.Modules.Declarations.Application;
using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.Modules.Declarations.Infrastructure;

internal sealed class DeclarationsDbContext(DbContextOptions<DeclarationsDbContext> options) : ModuleDbContext(options), IDeclarationsData
{
    public const string FileName = "declarations.db";

    public DbSet<Declaration> Declarations => Set<Declaration>();

    Task<int> IDeclarationsData.SaveChangesAsync(CancellationToken cancellationToken) => SaveChangesAsync(cancellationToken);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Declaration>(b =>
        {
            b.ToTable("declarations");
            b.HasKey(d => d.Id);
            b.Property(d => d.Family).HasConversion<string>().HasMaxLength(20);
            b.Property(d => d.Status).HasConversion<string>().HasMaxLength(30);
            b.Property(d => d.Lrn).HasMaxLength(Lrn.MaxLength);
            b.HasIndex(d => new { d.OrganizationId, d.Lrn }).IsUnique();
            b.HasIndex(d => new { d.OrganizationId, d.CreatedAtUtc });
        });
    }
}
