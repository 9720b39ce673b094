using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Contracts.Drafts;

/// <summary>Starts a declaration draft. The LRN (local reference number, up to 22 characters) is unique within the organization.</summary>
public sealed record CreateDraft(Guid OrganizationId, string Family, string Lrn) : ICommand<DraftDto>;
