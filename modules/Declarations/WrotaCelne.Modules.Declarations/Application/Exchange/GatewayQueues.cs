using System.Collections.Concurrent;

namespace WrotaCelne.Modules.Declarations.Application.Exchange;

/// <summary>
/// When the inbox last found an organization's queue at the gateway empty (GetNextDocument had nothing more). A receipt
/// the gateway issued before that moment has been taken in, so only then does its absence say anything. Kept in memory:
/// after a restart nothing counts as drained until the first poll, which only makes the dispatcher wait longer.
/// </summary>
internal sealed class GatewayQueues
{
    private readonly ConcurrentDictionary<Guid, DateTime> _drained = new();

    /// <param name="asOfUtc">When the call that found the queue empty began.</param>
    public void Drained(Guid organizationId, DateTime asOfUtc) =>
        _drained.AddOrUpdate(organizationId, asOfUtc, (_, earlier) => asOfUtc > earlier ? asOfUtc : earlier);

    public DateTime? LastDrained(Guid organizationId) => _drained.TryGetValue(organizationId, out var at) ? at : null;
}
