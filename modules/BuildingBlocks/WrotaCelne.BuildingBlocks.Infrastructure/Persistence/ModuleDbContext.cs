using Microsoft.EntityFrameworkCore;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Base of a module's DbContext: adds the module's outbox and inbox tables so that an
/// integration event is stored in the same transaction as the state change that caused it.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options), IModuleDbContext
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Queues <paramref name="integrationEvent"/> in the outbox; it is written by the next SaveChanges.</summary>
    public void AddIntegrationEvent(IntegrationEvent integrationEvent) => ModuleModel.AddIntegrationEvent(this, integrationEvent);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) => ModuleModel.ApplyConventions(configurationBuilder);

    protected override void OnModelCreating(ModelBuilder modelBuilder) => ModuleModel.ApplyMessaging(modelBuilder);
}
