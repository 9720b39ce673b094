using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;

namespace WrotaCelne.GatewaySimulator.Store;

/// <summary>A document the simulator accepted (it got a sysRef), with what it read from the business message.</summary>
/// <param name="Receipt">The receipt it answered with: <c>UPO</c> or <c>NPP</c>.</param>
public sealed record SimulatedSubmission(
    string SysRef,
    string Login,
    string? Lrn,
    string? MessageType,
    string? MessageIdentification,
    string? FileName,
    IReadOnlyList<string> TargetSystems,
    DateTimeOffset ReceivedAt,
    string Receipt,
    SeapDocument Document);

/// <summary>A document the simulator hands out through GetNextDocument: a receipt or a business answer.</summary>
/// <param name="Kind"><c>UPO</c>, <c>NPP</c>, the message type (<c>CC028C</c>, <c>CC528C</c>, <c>ZC429</c>, ...) or <c>injected</c>.</param>
/// <param name="CorrelatedSysRef">The sysRef of the document it answers.</param>
public sealed record SimulatedAnswer(string SysRef, string Login, string Kind, string CorrelatedSysRef, DateTimeOffset DueAt, SeapDocument Document)
{
    internal long Sequence { get; init; }
}
