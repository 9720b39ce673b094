using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Plugins.Formats.Mapping;

/// <summary>
/// Groups of the EU customs data model that AES and AIS messages carry the same way (parties, addresses, contact
/// persons) and the value patterns both use. A plugin whose official schema differs maps its own group instead.
/// </summary>
internal static class DataModelGroups
{
    public const string Office = "[A-Z]{2}[A-Z0-9]{6}";
    public const string Country = "[A-Z]{2}";
    public const string Eori = "[A-Z]{2}[A-Za-z0-9]{1,15}";

    public static MapNode<Party>[] PartyFields() =>
    [
        Map<Party>.Field("identificationNumber", p => p.Eori, pattern: Eori),
        Map<Party>.Field("name", p => p.Name, maxLength: 70),
        Map<Party>.Group("Address", p => p.Address, AddressFields()),
        Map<Party>.Group("ContactPerson", p => p.Contact, ContactFields()),
    ];

    public static MapNode<Address>[] AddressFields() =>
    [
        Map<Address>.Field("streetAndNumber", a => a.StreetAndNumber, maxLength: 70).Required(),
        Map<Address>.Field("postcode", a => a.Postcode, maxLength: 17),
        Map<Address>.Field("city", a => a.City, maxLength: 35).Required(),
        Map<Address>.Field("country", a => a.Country, pattern: Country).Required(),
    ];

    public static MapNode<Contact>[] ContactFields() =>
    [
        Map<Contact>.Field("name", c => c.Name, maxLength: 70).Required(),
        Map<Contact>.Field("phoneNumber", c => c.Phone, maxLength: 35),
        Map<Contact>.Field("eMailAddress", c => c.Email, maxLength: 256),
    ];
}
