namespace WrotaCelne.Modules.Accounts.Contracts.Organizations;

/// <summary>An organization as the operator and its own administrators see it. Status: Pending, Active, Suspended or Rejected.</summary>
public sealed record OrganizationDto(
    Guid Id,
    string Name,
    string Nip,
    string Eori,
    string? Sisc,
    AddressDto Address,
    string Status,
    bool RequireTwoFactor,
    DateTime RegisteredAtUtc,
    DateTime StatusChangedAtUtc,
    string? StatusReason,
    string? RequestedAdministratorEmail,
    string? RequestedAdministratorName);
