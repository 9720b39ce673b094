using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Modules.Declarations.Contracts.Drafts;

/// <summary>A declaration with its canonical document. <paramref name="Revision"/> is what an edit must name.</summary>
/// <param name="AttentionReason">Why the declaration needs a person (status <c>NeedsAttention</c>), else null.</param>
public sealed record DeclarationDto(
    Guid Id,
    Guid OrganizationId,
    Guid? BranchId,
    string Family,
    string Lrn,
    string Status,
    string? Mrn,
    int Revision,
    bool Editable,
    DateTime CreatedAtUtc,
    string CreatedBy,
    DateTime UpdatedAtUtc,
    string UpdatedBy,
    CustomsDeclaration Document)
{
    public string? AttentionReason { get; init; }
}
