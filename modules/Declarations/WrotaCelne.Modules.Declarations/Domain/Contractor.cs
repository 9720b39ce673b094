using WrotaCelne.BuildingBlocks;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>An entry of the organization's address book of trading partners, typed in or learnt from declarations.</summary>
internal sealed class Contractor
{
    public const int NameMaxLength = 200;

    private Contractor()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>What identifies the contractor within the organization: the EORI, or the name and country when there is none.</summary>
    public string MatchKey { get; private set; } = "";

    public string? Eori { get; private set; }

    public string Name { get; private set; } = "";

    public string? StreetAndNumber { get; private set; }

    public string? Postcode { get; private set; }

    public string? City { get; private set; }

    public string? Country { get; private set; }

    public string? ContactName { get; private set; }

    public string? ContactPhone { get; private set; }

    public string? ContactEmail { get; private set; }

    /// <summary>True when learnt from a declaration rather than typed in.</summary>
    public bool Learnt { get; private set; }

    public DateTime LastUsedAtUtc { get; private set; }

    public static Contractor Create(Guid organizationId, Party details, bool learnt, DateTime nowUtc)
    {
        var contractor = new Contractor { Id = Guid.CreateVersion7(), OrganizationId = organizationId, Learnt = learnt, LastUsedAtUtc = nowUtc };
        contractor.Change(details);
        return contractor;
    }

    public static string KeyOf(Party party)
    {
        ArgumentNullException.ThrowIfNull(party);
        return !string.IsNullOrWhiteSpace(party.Eori)
            ? "eori:" + party.Eori.Trim().ToUpperInvariant()
            : $"name:{party.Name?.Trim().ToUpperInvariant()}|{party.Address?.Country?.Trim().ToUpperInvariant()}";
    }

    public void Change(Party details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var name = details.Name?.Trim() ?? "";
        if (name.Length is 0 or > NameMaxLength)
        {
            new InputErrors().Add("name", "contractor.name", "Give the name (1 to {0} characters).", NameMaxLength).ThrowIfAny();
        }

        Eori = Clean(details.Eori)?.ToUpperInvariant();
        Name = name;
        StreetAndNumber = Clean(details.Address?.StreetAndNumber);
        Postcode = Clean(details.Address?.Postcode);
        City = Clean(details.Address?.City);
        Country = Clean(details.Address?.Country)?.ToUpperInvariant();
        ContactName = Clean(details.Contact?.Name);
        ContactPhone = Clean(details.Contact?.Phone);
        ContactEmail = Clean(details.Contact?.Email);
        MatchKey = KeyOf(details);
    }

    public void Used(DateTime nowUtc) => LastUsedAtUtc = nowUtc > LastUsedAtUtc ? nowUtc : LastUsedAtUtc;

    public Party ToParty() => new()
    {
        Eori = Eori,
        Name = Name,
        Address = new Address { StreetAndNumber = StreetAndNumber, Postcode = Postcode, City = City, Country = Country },
        Contact = ContactName is null && ContactPhone is null && ContactEmail is null ? null : new Contact { Name = ContactName, Phone = ContactPhone, Email = ContactEmail },
    };

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
