using WrotaCelne.Modules.Declarations.Contracts.Archive;
using WrotaCelne.Modules.Declarations.Domain;
using WrotaCelne.Plugins.Abstractions;

namespace WrotaCelne.Modules.Declarations.Application;

/// <summary>The columns of a declaration the archive's list shows.</summary>
internal sealed record ArchiveLine(
    Guid Id,
    Guid? BranchId,
    DeclarationFamily Family,
    string? DeclarationType,
    string Lrn,
    string? Mrn,
    DeclarationStatus Status,
    string? Office,
    string? Counterpart,
    DateTime CreatedAtUtc,
    string CreatedBy,
    DateTime UpdatedAtUtc)
{
    public DeclarationSummaryDto ToDto() =>
        new(Id, BranchId, Family.ToString().ToLowerInvariant(), DeclarationType, Lrn, Mrn, Status.ToString(), Office, Counterpart, CreatedAtUtc, CreatedBy, UpdatedAtUtc);
}
