namespace WrotaCelne.Modules.Declarations.Contracts.Drafts;

public sealed record DraftDto(Guid Id, Guid OrganizationId, string Family, string Lrn, string Status, DateTime CreatedAtUtc);
