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

    /// <summary>The branch (oddział) the declaration belongs to; null when the organization does not split its work.</summary>
    public Guid? BranchId { get; private set; }

    public DeclarationFamily Family { get; private set; }

    public string Lrn { get; private set; } = "";

    public DeclarationStatus Status { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    /// <param name="organizationBranches">The organization's branches, to check <paramref name="branchId"/> against.</param>
    public static Declaration StartDraft(CallerScope caller, string family, string lrn, Guid? branchId, IReadOnlyCollection<Guid> organizationBranches, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var errors = new InputErrors();
        if (caller.OrganizationId == Guid.Empty)
        {
            errors.Add("organizationId", "organization.required", "The organization is required.");
        }

        if (branchId is { } branch && !organizationBranches.Contains(branch))
        {
            errors.Add("branchId", "branch.unknown", "Choose a branch of your organization.");
        }
        else if (caller.IsLimitedToBranches && branchId is null)
        {
            errors.Add("branchId", "branch.required", "Choose one of your branches.");
        }
        else if (!caller.Covers(branchId))
        {
            errors.Add("branchId", "branch.escalation", "You can only work for your own branches.");
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
            OrganizationId = caller.OrganizationId,
            BranchId = branchId,
            Family = parsedFamily,
            Lrn = trimmedLrn,
            Status = DeclarationStatus.Draft,
            CreatedAtUtc = nowUtc,
        };
    }
}
