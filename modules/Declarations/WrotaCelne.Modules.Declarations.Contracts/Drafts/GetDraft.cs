using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Contracts.Drafts;

/// <summary>Reads a draft within the caller's reach; a draft of any other organization or branch is "not found".</summary>
public sealed record GetDraft(CallerScope Caller, Guid DraftId) : IQuery<DeclarationDto>;
