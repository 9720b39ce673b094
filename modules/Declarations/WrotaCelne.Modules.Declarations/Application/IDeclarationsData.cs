using Microsoft.EntityFrameworkCore;
using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.Modules.Declarations.Application;

/// <summary>The module's unit of work as the application layer sees it.</summary>
internal interface IDeclarationsData
{
    DbSet<Declaration> Declarations { get; }

    DbSet<Domain.ReferenceData.CodeListEntry> CodeListEntries { get; }

    DbSet<Domain.ReferenceData.CodeListImport> CodeListImports { get; }

    DbSet<Guarantee> Guarantees { get; }

    DbSet<LrnSettings> LrnSettings { get; }

    DbSet<LrnCounter> LrnCounters { get; }

    DbSet<DeclarationRevision> Revisions { get; }

    DbSet<DeclarationTemplate> Templates { get; }

    DbSet<Contractor> Contractors { get; }

    DbSet<CatalogueGoods> CatalogueGoods { get; }

    DbSet<Domain.Signing.SigningCredential> SigningCredentials { get; }

    DbSet<Domain.Signing.DeclarationSignature> Signatures { get; }

    DbSet<DeclarationMessage> Messages { get; }

    DbSet<Domain.GatewaySettings> GatewaySettings { get; }

    DbSet<Domain.Submission> Submissions { get; }

    /// <summary>Publishes an event to the other modules with the next save (the module's outbox).</summary>
    void AddIntegrationEvent(BuildingBlocks.IntegrationEvent integrationEvent);

    /// <summary>Storage keys (<see cref="Declaration.Key"/>) of declarations whose indexed text matches an FTS5 query.</summary>
    IQueryable<long> FullTextKeys(string match);

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> in a transaction that holds the database's write lock from its start (SQLite's
    /// BEGIN IMMEDIATE), so concurrent callers wait their turn instead of racing, and commits when it returns.
    /// </summary>
    Task<T> SerializedAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>Forgets every pending change, to try again after a concurrent request won a race.</summary>
    void DiscardChanges();
}
