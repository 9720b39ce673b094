using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Contracts.Drafts;

/// <summary>The organization's LRN mask and what the next number would look like today.</summary>
public sealed record LrnMaskDto(string Mask, string Example);

public sealed record GetLrnMask(CallerScope Caller) : IQuery<LrnMaskDto>;

/// <summary>Sets how new drafts without an LRN are numbered, e.g. <c>{YYYY}/{BRANCH}/{SEQ:6}</c>.</summary>
public sealed record SetLrnMask(CallerScope Caller, string Mask) : ICommand<LrnMaskDto>;
