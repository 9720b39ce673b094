using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.Modules.Declarations.Application;

internal static class DraftMapping
{
    public static DraftDto ToDto(this Declaration d) =>
        new(d.Id, d.OrganizationId, d.BranchId, FamilyCode(d), d.Lrn, d.Status.ToString(), d.CreatedAtUtc);

    public static DeclarationDto ToDetailDto(this Declaration d) =>
        new(d.Id, d.OrganizationId, d.BranchId, FamilyCode(d), d.Lrn, d.Status.ToString(), d.Mrn, d.Revision, d.IsEditable, d.CreatedAtUtc, d.CreatedBy, d.UpdatedAtUtc, d.UpdatedBy, d.Read()) { AttentionReason = d.AttentionReason };

    private static string FamilyCode(Declaration d) => d.Family.ToString().ToLowerInvariant();
}
