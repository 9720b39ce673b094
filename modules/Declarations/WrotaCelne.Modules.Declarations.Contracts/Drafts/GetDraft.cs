using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Contracts.Drafts;

/// <summary>Reads a draft of the given organization; a draft of any other organization is "not found".</summary>
public sealed record GetDraft(Guid OrganizationId, Guid DraftId) : IQuery<DraftDto>;
