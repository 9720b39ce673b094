using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>A customs declaration of one organization, from draft to archive.</summary>
internal sealed class Declaration
{
    private Declaration()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public DeclarationFamily Family { get; private set; }

    public string Lrn { get; private set; } = "";

    public DeclarationStatus Status { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public static Declaration StartDraft(Guid organizationId, string family, string lrn, DateTime nowUtc)
    {
        var errors = new InputErrors();
        if (organizationId == Guid.Empty)
        {
            errors.Add("organizationId", "organization.required", "The organization is required.");
        }

        if (!Enum.TryParse<DeclarationFamily>(family, ignoreCase: true, out var parsedFamily) || !Enum.IsDefined(parsedFamily) || int.TryParse(family, out _))
        {
            errors.Add("family", "family.invalid", "Use transit, export or import.");
        }

        var trimmedLrn = lrn?.Trim() ?? "";
        if (!Domain.Lrn.IsValid(trimmedLrn))
        {
            errors.Add("lrn", "lrn.invalid", "The LRN must have 1 to {0} characters: letters, digits and / - _ . (starting with a letter or digit).", Domain.Lrn.MaxLength);
        }

        errors.ThrowIfAny();
        return new Declaration
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            Family = parsedFamily,
            Lrn = trimmedLrn,
            Status = DeclarationStatus.Draft,
            CreatedAtUtc = nowUtc,
        };
    }
}
