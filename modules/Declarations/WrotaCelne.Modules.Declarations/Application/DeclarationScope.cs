using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.Modules.Declarations.Application;

internal static class DeclarationScope
{
    /// <summary>Only the caller's organization, and within it only the caller's branches when the caller is limited to some.</summary>
    public static IQueryable<Declaration> WithinReachOf(this IQueryable<Declaration> declarations, CallerScope caller)
    {
        var inOrganization = declarations.Where(d => d.OrganizationId == caller.OrganizationId);
        if (!caller.IsLimitedToBranches)
        {
            return inOrganization;
        }

        var branches = caller.BranchIds.ToList();
        return inOrganization.Where(d => d.BranchId != null && branches.Contains(d.BranchId.Value));
    }
}
