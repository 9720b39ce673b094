using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Contracts.Drafts;

/// <summary>The drafts within the caller's reach (organization, and branches when limited), newest first.</summary>
public sealed record ListDrafts(CallerScope Caller) : IQuery<IReadOnlyList<DraftDto>>;
