namespace WrotaCelne.Modules.Declarations.Contracts.Drafts;

public sealed record DraftDto(Guid Id, Guid OrganizationId, Guid? BranchId, string Family, string Lrn, string Status, DateTime CreatedAtUtc);
