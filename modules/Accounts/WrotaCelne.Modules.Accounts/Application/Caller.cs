using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

internal static class Caller
{
    /// <summary>The signed-in user of an organization; anyone else finds nothing to act on.</summary>
    public static async Task<(UserAccount User, Guid OrganizationId)> OrganizationUserAsync(this ICurrentUser currentUser)
    {
        var user = await currentUser.FindAsync();
        return user?.OrganizationId is { } organizationId ? (user, organizationId) : throw new NotFoundException("The organization");
    }

    /// <summary>The signed-in user of an organization who is not limited to branches: organization-wide settings (profile, branches, roles) are theirs only.</summary>
    public static async Task<(UserAccount User, Guid OrganizationId)> OrganizationWideUserAsync(this ICurrentUser currentUser)
    {
        var (user, organizationId) = await currentUser.OrganizationUserAsync();
        return user.BranchIds.Count == 0
            ? (user, organizationId)
            : throw new ConflictException("", "branch.limited", "Organization-wide settings are for users not limited to branches.");
    }
}
