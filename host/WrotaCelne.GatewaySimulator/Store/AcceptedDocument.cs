namespace WrotaCelne.GatewaySimulator.Store;

/// <summary>What the inspection endpoint lists of an accepted document (the document itself stays in the store).</summary>
public sealed record AcceptedDocument(string SysRef, string Login, string? Lrn, string? MessageType, string Receipt, IReadOnlyList<string> TargetSystems, DateTimeOffset ReceivedAt);
