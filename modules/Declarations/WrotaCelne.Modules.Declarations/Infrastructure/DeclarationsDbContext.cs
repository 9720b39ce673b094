using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;
using WrotaCelne.Modules.Declarations.Application;
using WrotaCelne.Modules.Declarations.Domain;
using WrotaCelne.Modules.Declarations.Domain.ReferenceData;

namespace WrotaCelne.Modules.Declarations.Infrastructure;

internal sealed class DeclarationsDbContext(DbContextOptions<DeclarationsDbContext> options) : ModuleDbContext(options), IDeclarationsData
{
    public const string FileName = "declarations.db";

    public DbSet<Declaration> Declarations => Set<Declaration>();

    public DbSet<CodeListEntry> CodeListEntries => Set<CodeListEntry>();

    public DbSet<CodeListImport> CodeListImports => Set<CodeListImport>();

    public DbSet<Guarantee> Guarantees => Set<Guarantee>();

    public DbSet<LrnSettings> LrnSettings => Set<LrnSettings>();

    public DbSet<LrnCounter> LrnCounters => Set<LrnCounter>();

    Task<int> IDeclarationsData.SaveChangesAsync(CancellationToken cancellationToken) => SaveChangesAsync(cancellationToken);

    void IDeclarationsData.DiscardChanges() => ChangeTracker.Clear();

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
        modelBuilder.Entity<Guarantee>(b =>
        {
            b.ToTable("guarantees");
            b.HasKey(x => x.Id);
            b.Property(x => x.Grn).HasMaxLength(24);
            b.Property(x => x.Type).HasMaxLength(1);
            b.Property(x => x.Currency).HasMaxLength(3);
            b.Property(x => x.Description).HasMaxLength(Guarantee.DescriptionMaxLength);
            b.HasIndex(x => new { x.OrganizationId, x.Grn }).IsUnique();
        });
        modelBuilder.Entity<LrnSettings>(b =>
        {
            b.ToTable("lrn_settings");
            b.HasKey(x => x.OrganizationId);
            b.Property(x => x.Mask).HasMaxLength(100);
        });
        modelBuilder.Entity<LrnCounter>(b =>
        {
            b.ToTable("lrn_counters");
            b.HasKey(x => new { x.OrganizationId, x.Key });
            b.Property(x => x.Key).HasMaxLength(60);
            b.Property(x => x.Next).IsConcurrencyToken(); // two drafts numbered at once: the second save fails and numbers again
        });
        modelBuilder.Entity<CodeListEntry>(b =>
        {
            b.ToTable("codelist_entries");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).ValueGeneratedOnAdd();
            b.Property(e => e.List).HasMaxLength(40);
            b.Property(e => e.Code).HasMaxLength(35);
            b.Property(e => e.Description).HasMaxLength(512);
            b.HasIndex(e => new { e.List, e.Code, e.ValidTo });
        });
        modelBuilder.Entity<CodeListImport>(b =>
        {
            b.ToTable("codelist_imports");
            b.HasKey(e => e.Id);
            b.Property(e => e.Id).ValueGeneratedOnAdd();
            b.Property(e => e.List).HasMaxLength(40);
            b.Property(e => e.ImportedBy).HasMaxLength(254);
            b.Property(e => e.FileName).HasMaxLength(255);
            b.Property(e => e.Sha256).HasMaxLength(64);
            b.HasIndex(e => new { e.List, e.Version }).IsUnique();
        });
    }
}
