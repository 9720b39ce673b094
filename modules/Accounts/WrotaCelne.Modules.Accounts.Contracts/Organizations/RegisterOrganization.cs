using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.Organizations;

/// <summary>Registers a customer company. <paramref name="Eori"/> may be left empty: a Polish one (PL + NIP + 00000) is then used.</summary>
public sealed record RegisterOrganization(string Name, string Nip, string? Eori) : ICommand<OrganizationDto>;
