using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Infrastructure;

/// <summary>Adds who the person is to the platform: an operator, or a user of one organization.</summary>
internal sealed class AccountsClaimsPrincipalFactory(UserManager<UserAccount> users, IOptions<IdentityOptions> options, PermissionCatalog catalog)
    : UserClaimsPrincipalFactory<UserAccount>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(UserAccount user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.GivenName, user.DisplayName));
        if (user.IsPlatformOperator)
        {
            identity.AddClaim(new Claim(AccessPolicies.PlatformOperatorClaim, "true"));
        }

        if (user.OrganizationId is { } organizationId)
        {
            identity.AddClaim(new Claim(AccessPolicies.OrganizationClaim, organizationId.ToString()));
            var role = BuiltInRoles.Compose(catalog.All.Select(p => (p.Name, p.Module))).FirstOrDefault(r => r.Name == user.Role);
            foreach (var permission in role.Permissions ?? [])
            {
                identity.AddClaim(new Claim(AccessPolicies.PermissionClaim, permission));
            }
        }

        return identity;
    }
}
