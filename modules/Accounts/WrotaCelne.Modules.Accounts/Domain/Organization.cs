using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Domain;

/// <summary>A customer company: the tenant every piece of customer data belongs to.</summary>
internal sealed class Organization
{
    public const int NameMaxLength = 200;
    public const int ReasonMaxLength = 500;

    private Organization()
    {
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Fixed for life: it identifies the company to the customs administration.</summary>
    public string Nip { get; private set; } = "";

    public string Eori { get; private set; } = "";

    public string? Sisc { get; private set; }

    public PostalAddress Address { get; private set; } = new("", "", "", "");

    public OrganizationStatus Status { get; private set; }

    /// <summary>Every user must sign in with a second factor (operators always must).</summary>
    public bool RequireTwoFactor { get; private set; }

    public DateTime RegisteredAtUtc { get; private set; }

    public DateTime StatusChangedAtUtc { get; private set; }

    /// <summary>Why the operator rejected or suspended it, shown to the operator.</summary>
    public string? StatusReason { get; private set; }

    /// <summary>For a registration request: who asked to become its first administrator.</summary>
    public string? RequestedAdministratorEmail { get; private set; }

    public string? RequestedAdministratorName { get; private set; }

    /// <summary>Checks and builds an organization; errors are added to <paramref name="errors"/> for the caller to throw.</summary>
    public static Organization Create(InputErrors errors, string? name, string? nip, string? eori, string? sisc, PostalAddress address, DateTime nowUtc)
    {
        var normalizedNip = Domain.Nip.Normalize(nip ?? "");
        if (!Domain.Nip.IsValid(normalizedNip))
        {
            errors.Add("nip", "nip.invalid", "NIP must be 10 digits with a valid check digit.");
        }

        var organization = new Organization
        {
            Id = Guid.CreateVersion7(),
            Nip = normalizedNip,
            Status = OrganizationStatus.Active,
            RegisteredAtUtc = nowUtc,
            StatusChangedAtUtc = nowUtc,
        };
        organization.Describe(errors, name, eori, sisc, address);
        return organization;
    }

    /// <summary>Marks a new organization as a registration request waiting for the operator.</summary>
    public void AwaitApproval(string administratorEmail, string administratorName)
    {
        Status = OrganizationStatus.Pending;
        RequestedAdministratorEmail = administratorEmail;
        RequestedAdministratorName = administratorName;
    }

    public void UpdateProfile(InputErrors errors, string? name, string? eori, string? sisc, PostalAddress address, bool requireTwoFactor)
    {
        Describe(errors, name, eori, sisc, address);
        RequireTwoFactor = requireTwoFactor;
    }

    public void Approve(DateTime nowUtc)
    {
        RequireStatus(OrganizationStatus.Pending);
        ChangeStatus(OrganizationStatus.Active, null, nowUtc);
    }

    public void Reject(string? reason, DateTime nowUtc)
    {
        RequireStatus(OrganizationStatus.Pending);
        ChangeStatus(OrganizationStatus.Rejected, Reason(reason), nowUtc);
    }

    public void Suspend(string? reason, DateTime nowUtc)
    {
        RequireStatus(OrganizationStatus.Active);
        ChangeStatus(OrganizationStatus.Suspended, Reason(reason), nowUtc);
    }

    public void Reactivate(DateTime nowUtc)
    {
        RequireStatus(OrganizationStatus.Suspended);
        ChangeStatus(OrganizationStatus.Active, null, nowUtc);
    }

    private void Describe(InputErrors errors, string? name, string? eori, string? sisc, PostalAddress address)
    {
        errors.Require("name", name, NameMaxLength);
        var effectiveEori = string.IsNullOrWhiteSpace(eori) ? Domain.Eori.SuggestPolish(Nip) : eori.Trim().ToUpperInvariant();
        if (!Domain.Eori.IsValid(effectiveEori))
        {
            errors.Add("eori", "eori.invalid", "EORI must be a two-letter country code followed by up to 15 letters or digits.");
        }

        var effectiveSisc = string.IsNullOrWhiteSpace(sisc) ? null : sisc.Trim().ToUpperInvariant();
        if (effectiveSisc is not null && !Domain.Sisc.IsValid(effectiveSisc))
        {
            errors.Add("sisc", "sisc.invalid", "The SISC identifier has 10 to 50 letters, digits or hyphens.");
        }

        Name = name?.Trim() ?? "";
        Eori = effectiveEori;
        Sisc = effectiveSisc;
        Address = address;
    }

    private void RequireStatus(OrganizationStatus expected)
    {
        if (Status != expected)
        {
            throw new ConflictException("status", "organization.status", $"The organization is {Status}, not {expected}.");
        }
    }

    private void ChangeStatus(OrganizationStatus status, string? reason, DateTime nowUtc)
    {
        Status = status;
        StatusReason = reason;
        StatusChangedAtUtc = nowUtc;
    }

    private static string? Reason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()[..Math.Min(reason.Trim().Length, ReasonMaxLength)];
}
