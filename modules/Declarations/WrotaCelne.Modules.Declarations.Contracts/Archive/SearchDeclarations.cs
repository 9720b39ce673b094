using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Contracts.Archive;

/// <summary>
/// What to look for in the archive. Every filter is optional; <paramref name="Party"/> looks in party names and EORI
/// numbers, <paramref name="Text"/> in party names and goods descriptions (whole words or their beginnings, letters
/// with or without Polish diacritics). Dates are UTC; <paramref name="ToUtc"/> is exclusive.
/// </summary>
/// <param name="Sort"><c>newest</c> (default), <c>oldest</c>, <c>lrn</c> or <c>updated</c>.</param>
public sealed record DeclarationFilter(
    string? Family = null,
    string? Status = null,
    string? Lrn = null,
    string? Mrn = null,
    string? Party = null,
    string? Office = null,
    DateTime? FromUtc = null,
    DateTime? ToUtc = null,
    Guid? UserId = null,
    Guid? BranchId = null,
    string? Text = null,
    string? Sort = null);

/// <summary>One page of the archive (<paramref name="Page"/> from 1).</summary>
public sealed record SearchDeclarations(CallerScope Caller, DeclarationFilter Filter, int Page = 1, int PageSize = 50) : IQuery<DeclarationPage>;

/// <summary>A page of declarations; <paramref name="HasMore"/> when a next page exists (no total count: it would cost a scan of the archive).</summary>
public sealed record DeclarationPage(IReadOnlyList<DeclarationSummaryDto> Items, int Page, int PageSize, bool HasMore);

/// <summary>A line of the archive.</summary>
public sealed record DeclarationSummaryDto(
    Guid Id,
    Guid? BranchId,
    string Family,
    string? DeclarationType,
    string Lrn,
    string? Mrn,
    string Status,
    string? Office,
    string? Counterpart,
    DateTime CreatedAtUtc,
    string CreatedBy,
    DateTime UpdatedAtUtc);

/// <summary>Every declaration matching the filter for a CSV export, at most <see cref="MaxRows"/> of them.</summary>
public sealed record ExportDeclarations(CallerScope Caller, DeclarationFilter Filter) : IQuery<IReadOnlyList<DeclarationSummaryDto>>
{
    public const int MaxRows = 100_000;
}
