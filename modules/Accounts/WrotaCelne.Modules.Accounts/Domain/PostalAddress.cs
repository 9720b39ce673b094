using System.Text.RegularExpressions;
using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Domain;

/// <summary>An address as customs declarations need it: street and number, city, postal code, country code.</summary>
internal sealed partial record PostalAddress(string Street, string City, string PostalCode, string Country)
{
    public const int StreetMaxLength = 140;
    public const int CityMaxLength = 70;
    public const int PostalCodeMaxLength = 17;

    /// <summary>Checks the parts under <paramref name="prefix"/> (e.g. "address.city") and returns the normalized address.</summary>
    public static PostalAddress Create(InputErrors errors, string prefix, string? street, string? city, string? postalCode, string? country)
    {
        errors.Require(prefix + ".street", street, StreetMaxLength)
            .Require(prefix + ".city", city, CityMaxLength)
            .Require(prefix + ".postalCode", postalCode, PostalCodeMaxLength);
        var countryCode = country?.Trim().ToUpperInvariant() ?? "";
        if (!CountryCode().IsMatch(countryCode))
        {
            errors.Add(prefix + ".country", "country.invalid", "Give the two-letter ISO country code, e.g. PL.");
        }
        else if (countryCode == "PL" && !string.IsNullOrWhiteSpace(postalCode) && !PolishPostalCode().IsMatch(postalCode.Trim()))
        {
            errors.Add(prefix + ".postalCode", "postalCode.invalid", "A Polish postal code looks like 00-950.");
        }

        return new PostalAddress(street?.Trim() ?? "", city?.Trim() ?? "", postalCode?.Trim().ToUpperInvariant() ?? "", countryCode);
    }

    public override string ToString() => $"{Street}, {PostalCode} {City}, {Country}";

    [GeneratedRegex("^[A-Z]{2}$", RegexOptions.CultureInvariant)]
    private static partial Regex CountryCode();

    [GeneratedRegex("^[0-9]{2}-[0-9]{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex PolishPostalCode();
}
