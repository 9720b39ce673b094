using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.Modules.Declarations.Application;

internal static class DraftMapping
{
    public static DraftDto ToDto(this Declaration d) =>
        new(d.Id, d.OrganizationId, d.BranchId, d.Family.ToString().ToLowerInvariant(), d.Lrn, d.Status.ToString(), d.CreatedAtUtc);
}
