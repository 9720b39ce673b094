using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks.Infrastructure.Messaging;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

/// <summary>
/// Base of every module's DbContext: adds the module's outbox and inbox tables so that an
/// integration event is stored in the same transaction as the state change that caused it.
/// </summary>
public abstract class ModuleDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    /// <summary>Queues <paramref name="integrationEvent"/> in the outbox; it is written by the next SaveChanges.</summary>
    public void AddIntegrationEvent(IntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        OutboxMessages.Add(new OutboxMessage
        {
            Id = integrationEvent.Id,
            EventType = IntegrationEventSerializer.NameOf(integrationEvent.GetType()),
            Payload = IntegrationEventSerializer.Serialize(integrationEvent),
            OccurredAtUtc = integrationEvent.OccurredAtUtc,
            OrganizationId = (integrationEvent as IOrganizationScopedEvent)?.OrganizationId,
        });
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<OutboxMessage>(b =>
        {
            b.ToTable("outbox_messages");
            b.HasKey(m => m.Id);
            b.Property(m => m.EventType).HasMaxLength(300);
            b.HasIndex(m => new { m.DispatchedAtUtc, m.OccurredAtUtc });
            b.HasIndex(m => m.OrganizationId);
        });
        modelBuilder.Entity<InboxMessage>(b =>
        {
            b.ToTable("inbox_messages");
            b.HasKey(m => m.Id);
            b.Property(m => m.EventType).HasMaxLength(300);
            b.HasIndex(m => new { m.ProcessedAtUtc, m.ReceivedAtUtc });
            b.HasIndex(m => m.OrganizationId);
        });
    }
}
