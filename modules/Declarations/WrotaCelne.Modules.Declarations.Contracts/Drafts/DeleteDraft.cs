using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Contracts.Drafts;

/// <summary>Deletes a draft within the caller's reach. Only drafts: nothing is ever deleted once sent.</summary>
public sealed record DeleteDraft(CallerScope Caller, Guid DraftId) : ICommand<bool>;
