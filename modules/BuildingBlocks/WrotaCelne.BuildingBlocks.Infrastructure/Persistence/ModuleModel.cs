using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks.Infrastructure.Messaging;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Persistence;

/// <summary>The model pieces every module database shares: UTC times, outbox and inbox tables, writing an event to the outbox.</summary>
public static class ModuleModel
{
    public static void ApplyConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    public static void ApplyMessaging(ModelBuilder modelBuilder)
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

    /// <summary>Queues <paramref name="integrationEvent"/> in the outbox; it is written by the context's next SaveChanges, with the state change.</summary>
    public static void AddIntegrationEvent(this IModuleDbContext context, IntegrationEvent integrationEvent)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(integrationEvent);
        context.OutboxMessages.Add(new OutboxMessage
        {
            Id = integrationEvent.Id,
            EventType = IntegrationEventSerializer.NameOf(integrationEvent.GetType()),
            Payload = IntegrationEventSerializer.Serialize(integrationEvent),
            OccurredAtUtc = integrationEvent.OccurredAtUtc,
            OrganizationId = (integrationEvent as IOrganizationScopedEvent)?.OrganizationId,
        });
    }
}
