using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Contracts.IntegrationEvents;

/// <summary>The gateway took a declaration (it has the gateway's sysRef). Billing meters these.</summary>
/// <param name="Family"><c>transit</c>, <c>export</c> or <c>import</c>.</param>
/// <param name="Practice">True when it went to the built-in simulator, not to PUESC.</param>
public sealed record DeclarationSubmitted(Guid OrganizationId, Guid DeclarationId, string Family, string Lrn, string SysRef, bool Practice) : IntegrationEvent, IOrganizationScopedEvent;

/// <summary>The administration released the goods of a declaration (transit, export or free circulation).</summary>
public sealed record DeclarationReleased(Guid OrganizationId, Guid DeclarationId, string Family, string Lrn, string Mrn, bool Practice) : IntegrationEvent, IOrganizationScopedEvent;
