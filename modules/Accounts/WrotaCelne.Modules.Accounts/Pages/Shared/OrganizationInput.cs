namespace WrotaCelne.Modules.Accounts.Pages.Shared;

/// <summary>What the registration form and the operator's form ask for.</summary>
internal sealed class OrganizationInput
{
    public string? Name { get; set; }

    public string? Nip { get; set; }

    public string? Eori { get; set; }

    public string? Sisc { get; set; }

    public AddressInput Address { get; set; } = new();

    public string? AdministratorName { get; set; }

    public string? AdministratorEmail { get; set; }
}
