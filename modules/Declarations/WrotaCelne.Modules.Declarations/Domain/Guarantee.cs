using System.Text.RegularExpressions;
using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Domain;

/// <summary>A guarantee the organization holds for transit declarations (GRN, type, access code, amount).</summary>
internal sealed partial class Guarantee
{
    public const int DescriptionMaxLength = 200;

    private Guarantee()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string Grn { get; private set; } = "";

    public string Type { get; private set; } = "";

    /// <summary>The access code as the data-protection key ring encrypted it; null when none was given.</summary>
    public string? ProtectedAccessCode { get; private set; }

    /// <summary>Minor units (grosze, cents) of <see cref="Currency"/>.</summary>
    public long AmountMinor { get; private set; }

    public string Currency { get; private set; } = "";

    public string? Description { get; private set; }

    public DateTime CreatedAtUtc { get; private set; }

    public static Guarantee Create(
        InputErrors errors, Guid organizationId, string? grn, string? type, string? accessCode, Func<string, string> protect, decimal amount, string currency, string? description, DateTime nowUtc)
    {
        var normalizedGrn = grn?.Trim().ToUpperInvariant() ?? "";
        if (!Domain.Grn.IsValid(normalizedGrn))
        {
            errors.Add("grn", "grn.invalid", "A GRN has 17 characters (the last a check digit), optionally followed by a letter and six digits.");
        }

        var normalizedType = type?.Trim().ToUpperInvariant() ?? "";
        if (!TypeFormat().IsMatch(normalizedType))
        {
            errors.Add("type", "guarantee.type", "The guarantee type is one digit or letter (e.g. 1 for a comprehensive guarantee).");
        }

        var code = accessCode?.Trim();
        if (!string.IsNullOrEmpty(code) && !AccessCodeFormat().IsMatch(code))
        {
            errors.Add("accessCode", "guarantee.accessCode", "The access code has 4 letters or digits.");
        }

        if (amount <= 0 || amount > 999_999_999_999m || decimal.Round(amount, 2) != amount)
        {
            errors.Add("amount", "guarantee.amount", "Give a positive amount with at most two decimals.");
        }

        errors.Require("currency", currency, 3);
        if (description?.Length > DescriptionMaxLength)
        {
            errors.Add("description", InputErrors.MaxLengthCode, "At most {0} characters are allowed.", DescriptionMaxLength);
        }

        return new Guarantee
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            Grn = normalizedGrn,
            Type = normalizedType,
            ProtectedAccessCode = string.IsNullOrEmpty(code) || errors.Errors.Count > 0 ? null : protect(code),
            AmountMinor = (long)(amount * 100),
            Currency = currency?.Trim().ToUpperInvariant() ?? "",
            Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            CreatedAtUtc = nowUtc,
        };
    }

    [GeneratedRegex("^[0-9A-Z]$", RegexOptions.CultureInvariant)]
    private static partial Regex TypeFormat();

    [GeneratedRegex("^[A-Za-z0-9]{4}$", RegexOptions.CultureInvariant)]
    private static partial Regex AccessCodeFormat();
}
