using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;
using WrotaCelne.Modules.Declarations.Application;
using WrotaCelne.Modules.Declarations.Domain;
using WrotaCelne.Modules.Declarations.Domain.ReferenceData;
using WrotaCelne.Modules.Declarations.Domain.Signing;

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

    public DbSet<DeclarationRevision> Revisions => Set<DeclarationRevision>();

    public DbSet<DeclarationTemplate> Templates => Set<DeclarationTemplate>();

    public DbSet<Contractor> Contractors => Set<Contractor>();

    public DbSet<CatalogueGoods> CatalogueGoods => Set<CatalogueGoods>();

    public DbSet<SigningCredential> SigningCredentials => Set<SigningCredential>();

    public DbSet<DeclarationSignature> Signatures => Set<DeclarationSignature>();

    public DbSet<DeclarationMessage> Messages => Set<DeclarationMessage>();

    public DbSet<Domain.GatewaySettings> GatewaySettings => Set<Domain.GatewaySettings>();

    public DbSet<Domain.Submission> Submissions => Set<Domain.Submission>();


    public IQueryable<long> FullTextKeys(string match) =>
        Database.SqlQuery<FullTextMatch>($"SELECT rowid AS Key FROM declarations_fts WHERE declarations_fts MATCH {match}").Select(m => m.Key);

    Task<int> IDeclarationsData.SaveChangesAsync(CancellationToken cancellationToken) => SaveChangesAsync(cancellationToken);

    void IDeclarationsData.DiscardChanges() => ChangeTracker.Clear();

    async Task<T> IDeclarationsData.SerializedAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        // Microsoft.Data.Sqlite begins non-deferred transactions with BEGIN IMMEDIATE: the write lock is taken here.
        await using var transaction = await Database.BeginTransactionAsync(cancellationToken);
        var result = await work(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<Declaration>(b =>
        {
            b.ToTable("declarations");

            // An integer key keeps the full-text index (external content FTS5, see the SearchIndex migration) in step
            // with the rows, also across VACUUM; the public id stays the Guid.
            b.HasKey(d => d.Key);
            b.Property(d => d.Key).ValueGeneratedOnAdd();
            b.HasIndex(d => d.Id).IsUnique();
            b.Property(d => d.Family).HasConversion<string>().HasMaxLength(20);
            b.Property(d => d.Status).HasConversion<string>().HasMaxLength(30);
            b.Property(d => d.Lrn).HasMaxLength(Lrn.MaxLength);
            b.Property(d => d.Mrn).HasMaxLength(18);
            b.Property(d => d.AttentionReason).HasMaxLength(1000);
            b.Property(d => d.DeclarationType).HasMaxLength(5);
            b.Property(d => d.Office).HasMaxLength(8);
            b.Property(d => d.CounterpartName).HasMaxLength(200);
            b.Property(d => d.CreatedBy).HasMaxLength(254);
            b.Property(d => d.UpdatedBy).HasMaxLength(254);
            b.Property(d => d.Revision).IsConcurrencyToken();
            b.HasIndex(d => new { d.OrganizationId, d.Lrn }).IsUnique();
            b.HasIndex(d => new { d.OrganizationId, d.Key });
            b.HasIndex(d => new { d.OrganizationId, d.CreatedAtUtc });
            b.HasIndex(d => new { d.OrganizationId, d.UpdatedAtUtc });
            b.HasIndex(d => new { d.OrganizationId, d.Mrn });
            b.HasIndex(d => new { d.OrganizationId, d.Status, d.Key });
            b.HasIndex(d => new { d.OrganizationId, d.Office, d.Key });
            b.HasIndex(d => new { d.OrganizationId, d.CreatedById, d.Key });
            b.HasIndex(d => new { d.OrganizationId, d.BranchId, d.Key });
        });
        modelBuilder.Entity<DeclarationRevision>(b =>
        {
            b.ToTable("declaration_revisions");
            b.HasKey(r => r.Id);
            b.Property(r => r.Id).ValueGeneratedOnAdd();
            b.Property(r => r.UserName).HasMaxLength(254);
            b.Property(r => r.Kind).HasConversion<string>().HasMaxLength(30);
            b.Property(r => r.Detail).HasMaxLength(200);
            b.HasIndex(r => new { r.DeclarationId, r.Number });
        });
        modelBuilder.Entity<DeclarationTemplate>(b =>
        {
            b.ToTable("declaration_templates");
            b.HasKey(t => t.Id);
            b.Property(t => t.Name).HasMaxLength(DeclarationTemplate.NameMaxLength);
            b.Property(t => t.Family).HasConversion<string>().HasMaxLength(20);
            b.Property(t => t.UpdatedBy).HasMaxLength(254);
            b.HasIndex(t => new { t.OrganizationId, t.Name });
        });
        modelBuilder.Entity<Contractor>(b =>
        {
            b.ToTable("contractors");
            b.HasKey(c => c.Id);
            b.Property(c => c.MatchKey).HasMaxLength(260);
            b.Property(c => c.Eori).HasMaxLength(17);
            b.Property(c => c.Name).HasMaxLength(Contractor.NameMaxLength);
            b.Property(c => c.StreetAndNumber).HasMaxLength(100);
            b.Property(c => c.Postcode).HasMaxLength(17);
            b.Property(c => c.City).HasMaxLength(35);
            b.Property(c => c.Country).HasMaxLength(2);
            b.Property(c => c.ContactName).HasMaxLength(70);
            b.Property(c => c.ContactPhone).HasMaxLength(35);
            b.Property(c => c.ContactEmail).HasMaxLength(256);
            b.HasIndex(c => new { c.OrganizationId, c.MatchKey }).IsUnique();
            b.HasIndex(c => new { c.OrganizationId, c.LastUsedAtUtc });
        });
        modelBuilder.Entity<CatalogueGoods>(b =>
        {
            b.ToTable("catalogue_goods");
            b.HasKey(g => g.Id);
            b.Property(g => g.MatchKey).HasMaxLength(600);
            b.Property(g => g.Description).HasMaxLength(Domain.CatalogueGoods.DescriptionMaxLength);
            b.Property(g => g.CommodityCode).HasMaxLength(10);
            b.Property(g => g.PackageKind).HasMaxLength(3);
            b.Property(g => g.CountryOfOrigin).HasMaxLength(2);
            b.HasIndex(g => new { g.OrganizationId, g.MatchKey }).IsUnique();
            b.HasIndex(g => new { g.OrganizationId, g.LastUsedAtUtc });
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
            b.Property(x => x.Next).IsConcurrencyToken(); // numbers are taken under the write lock; this is the safety net
        });
        ExchangeModel.Configure(modelBuilder);
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
