namespace WrotaCelne.BuildingBlocks.Infrastructure.Messaging;

/// <summary>The integration event types one module receives, by their stable names.</summary>
public sealed class InboxSubscriptions<TContext>(System.Reflection.Assembly moduleAssembly)
{
    /// <summary>The module whose handlers run for these messages.</summary>
    public System.Reflection.Assembly ModuleAssembly { get; } = moduleAssembly;

    private readonly Dictionary<string, Type> _types = new(StringComparer.Ordinal);

    public InboxSubscriptions<TContext> Subscribe<TEvent>()
        where TEvent : IntegrationEvent
    {
        _types[IntegrationEventSerializer.NameOf(typeof(TEvent))] = typeof(TEvent);
        return this;
    }

    public bool Contains(string eventType) => _types.ContainsKey(eventType);

    public Type? Resolve(string eventType) => _types.GetValueOrDefault(eventType);
}
