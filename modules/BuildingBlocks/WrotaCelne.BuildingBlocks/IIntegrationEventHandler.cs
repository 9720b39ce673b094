namespace WrotaCelne.BuildingBlocks;

/// <summary>
/// Handles an integration event inside the receiving module. The handler only changes the module's
/// unit of work; the inbox processor saves it together with the inbox row's processed mark, so the
/// effect happens once even when the message arrives twice.
/// </summary>
public interface IIntegrationEventHandler<in TEvent>
    where TEvent : IntegrationEvent
{
    Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);
}
