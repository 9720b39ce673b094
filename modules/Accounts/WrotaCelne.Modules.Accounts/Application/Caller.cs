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
}
