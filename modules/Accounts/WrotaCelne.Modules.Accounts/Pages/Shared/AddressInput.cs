using WrotaCelne.Modules.Accounts.Contracts.Organizations;

namespace WrotaCelne.Modules.Accounts.Pages.Shared;

/// <summary>The address fields of a form (rendered by _AccountsAddressFields).</summary>
internal sealed class AddressInput
{
    public string? Street { get; set; }

    public string? City { get; set; }

    public string? PostalCode { get; set; }

    public string? Country { get; set; } = "PL";

    public AddressDto ToDto() => new(Street ?? "", City ?? "", PostalCode ?? "", Country ?? "");

    public static AddressInput From(AddressDto address) => new() { Street = address.Street, City = address.City, PostalCode = address.PostalCode, Country = address.Country };
}
