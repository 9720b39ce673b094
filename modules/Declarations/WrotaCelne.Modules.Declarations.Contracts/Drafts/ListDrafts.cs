using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Contracts.Drafts;

public sealed record ListDrafts(Guid OrganizationId) : IQuery<IReadOnlyList<DraftDto>>;
