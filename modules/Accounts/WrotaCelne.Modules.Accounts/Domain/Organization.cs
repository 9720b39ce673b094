using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Domain;

/// <summary>A customer company: the tenant every piece of customer data belongs to.</summary>
internal sealed class Organization
{
    public const int NameMaxLength = 200;

    private Organization()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    public string Nip { get; private set; } = "";

    public string Eori { get; private set; } = "";

    public OrganizationStatus Status { get; private set; }

    public DateTime RegisteredAtUtc { get; private set; }

    public static Organization Register(string name, string nip, string? eori, DateTime nowUtc)
    {
        var errors = new InputErrors().Require("name", name, NameMaxLength);
        var normalizedNip = Domain.Nip.Normalize(nip ?? "");
        if (!Domain.Nip.IsValid(normalizedNip))
        {
            errors.Add("nip", "nip.invalid", "NIP must be 10 digits with a valid check digit.");
        }

        var effectiveEori = string.IsNullOrWhiteSpace(eori) ? Domain.Eori.SuggestPolish(normalizedNip) : eori.Trim().ToUpperInvariant();
        if (!Domain.Eori.IsValid(effectiveEori))
        {
            errors.Add("eori", "eori.invalid", "EORI must be a two-letter country code followed by up to 15 letters or digits.");
        }

        errors.ThrowIfAny();
        return new Organization
        {
            Id = Guid.CreateVersion7(),
            Name = name.Trim(),
            Nip = normalizedNip,
            Eori = effectiveEori,
            Status = OrganizationStatus.Active,
            RegisteredAtUtc = nowUtc,
        };
    }
}
