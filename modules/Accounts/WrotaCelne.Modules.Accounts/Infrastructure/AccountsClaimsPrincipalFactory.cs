using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Application;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Infrastructure;

/// <summary>
/// Adds who the person is to the platform: an operator, or a user of one organization with the
/// permissions of their role and the branches they are limited to. The session cookie's principal is
/// rebuilt from here on every request, so role, permission and branch changes apply at once.
/// </summary>
internal sealed class AccountsClaimsPrincipalFactory(UserManager<UserAccount> users, IOptions<IdentityOptions> options, AccountsDbContext db, RolePermissions roles, TimeProvider clock)
    : UserClaimsPrincipalFactory<UserAccount>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(UserAccount user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(ClaimTypes.GivenName, user.DisplayName));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(AccessPolicies.PasswordChangeRequiredClaim, "true"));
        }

        if (user.IsPlatformOperator)
        {
            identity.AddClaim(new Claim(AccessPolicies.PlatformOperatorClaim, "true"));
            identity.AddClaim(new Claim(AccessPolicies.MultiFactorRequiredClaim, "true"));
            foreach (var claim in await SupportClaimsAsync(user))
            {
                identity.AddClaim(claim);
            }
        }

        if (user.OrganizationId is { } organizationId)
        {
            foreach (var claim in await OrganizationClaimsAsync(user, organizationId, CancellationToken.None))
            {
                identity.AddClaim(claim);
            }
        }

        return identity;
    }

    /// <summary>
    /// An operator looking at an organization under its support access in force: that organization and every
    /// ".view" permission outside Accounts (the organization's users, roles and log stay its own).
    /// </summary>
    private async Task<IReadOnlyList<Claim>> SupportClaimsAsync(UserAccount user)
    {
        if (user.SupportGrantId is not { } grantId)
        {
            return [];
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var organizationId = await db.SupportAccessGrants.AsNoTracking()
            .Where(g => g.Id == grantId && g.RevokedAtUtc == null && g.ExpiresAtUtc > now)
            .Select(g => (Guid?)g.OrganizationId)
            .SingleOrDefaultAsync();
        if (organizationId is null || !await db.Organizations.AsNoTracking().AnyAsync(o => o.Id == organizationId && o.Status == OrganizationStatus.Active))
        {
            return [];
        }

        var claims = new List<Claim> { new(AccessPolicies.OrganizationClaim, organizationId.Value.ToString()), new(AccessPolicies.SupportAccessClaim, "true") };
        claims.AddRange(roles.BuiltIn.Single(r => r.Name == BuiltInRoles.Auditor).Permissions
            .Where(p => !p.StartsWith("accounts.", StringComparison.Ordinal))
            .Select(p => new Claim(AccessPolicies.PermissionClaim, p)));
        return claims;
    }

    /// <summary>What a user of an organization holds there; nothing but the membership while the organization is not active.</summary>
    public async Task<IReadOnlyList<Claim>> OrganizationClaimsAsync(UserAccount user, Guid organizationId, CancellationToken cancellationToken)
    {
        var claims = new List<Claim> { new(AccessPolicies.OrganizationClaim, organizationId.ToString()) };
        var organization = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == organizationId)
            .Select(o => new { o.Status, o.RequireTwoFactor })
            .SingleOrDefaultAsync(cancellationToken);
        if (organization?.Status != OrganizationStatus.Active)
        {
            return claims;
        }

        if (organization.RequireTwoFactor)
        {
            claims.Add(new Claim(AccessPolicies.MultiFactorRequiredClaim, "true"));
        }

        claims.AddRange(user.BranchIds.Select(b => new Claim(AccessPolicies.BranchClaim, b.ToString())));
        claims.AddRange((await roles.OfUserAsync(user, cancellationToken)).Select(p => new Claim(AccessPolicies.PermissionClaim, p)));
        return claims;
    }
}
