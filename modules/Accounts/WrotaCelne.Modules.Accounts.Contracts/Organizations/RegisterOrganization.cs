using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.Organizations;

/// <summary>
/// Registers a customer company together with its first administrator. <paramref name="Eori"/> may be
/// left empty: a Polish one (PL + NIP + 00000) is then used. The answer carries the administrator's
/// one-time password, shown once, for the operator to hand over.
/// </summary>
public sealed record RegisterOrganization(string Name, string Nip, string? Eori, string AdministratorEmail, string AdministratorName) : ICommand<RegisteredOrganizationDto>;

public sealed record RegisteredOrganizationDto(
    Guid Id, string Name, string Nip, string Eori, string Status, DateTime RegisteredAtUtc, string AdministratorEmail, string AdministratorOneTimePassword);
