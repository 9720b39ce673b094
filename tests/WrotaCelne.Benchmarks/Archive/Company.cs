using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Benchmarks.Archive;

/// <summary>A trading company of the generated archive, as a party of a declaration.</summary>
internal sealed record Company(string Name, string Eori, string Street, string Postcode, string City, string Country)
{
    public Party ToParty() => new()
    {
        Eori = Eori,
        Name = Name,
        Address = new Address { StreetAndNumber = Street, Postcode = Postcode, City = City, Country = Country },
    };
}
