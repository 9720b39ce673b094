using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.Organizations;

/// <summary>
/// The platform operator registers a customer company together with its first administrator.
/// <paramref name="Eori"/> may be left empty: a Polish one (PL + NIP + 00000) is then used. The answer
/// carries the administrator's one-time password, shown once, for the operator to hand over.
/// </summary>
public sealed record RegisterOrganization(
    string Name, string Nip, string? Eori, string? Sisc, AddressDto? Address, string AdministratorEmail, string AdministratorName) : ICommand<RegisteredOrganizationDto>;

/// <param name="AdministratorPasswordExpiresAtUtc">After this the one-time password no longer signs in; an administrator reset hands out a new one.</param>
/// <param name="CredentialsMailed">Whether the sign-in details also went to the administrator by e-mail (an SMTP server is configured and took the message).</param>
public sealed record RegisteredOrganizationDto(
    OrganizationDto Organization, string AdministratorEmail, string AdministratorOneTimePassword, DateTime AdministratorPasswordExpiresAtUtc, bool CredentialsMailed);

/// <summary>A company asks to be registered (public page); the operator approves or rejects the request.</summary>
public sealed record RequestRegistration(
    string Name, string Nip, string? Eori, string? Sisc, AddressDto? Address, string AdministratorEmail, string AdministratorName) : ICommand<Guid>;

/// <summary>Approves a pending request: the organization becomes active and its first administrator is created.</summary>
public sealed record ApproveRegistration(Guid OrganizationId) : ICommand<RegisteredOrganizationDto>;

public sealed record RejectRegistration(Guid OrganizationId, string? Reason) : ICommand<OrganizationDto>;

/// <summary>Suspends an active organization: its users cannot sign in and open sessions end at once. Nothing is deleted.</summary>
public sealed record SuspendOrganization(Guid OrganizationId, string? Reason) : ICommand<OrganizationDto>;

public sealed record ReactivateOrganization(Guid OrganizationId) : ICommand<OrganizationDto>;

/// <summary>The caller's administrator edits the organization's profile. The NIP is fixed.</summary>
public sealed record UpdateMyOrganization(string Name, string? Eori, string? Sisc, AddressDto? Address, bool RequireTwoFactor) : ICommand<OrganizationDto>;
