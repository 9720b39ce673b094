namespace WrotaCelne.Modules.Accounts.Contracts.Organizations;

public sealed record OrganizationDto(Guid Id, string Name, string Nip, string Eori, string Status, DateTime RegisteredAtUtc);
