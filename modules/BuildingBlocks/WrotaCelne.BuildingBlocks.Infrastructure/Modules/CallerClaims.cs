using System.Security.Claims;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Modules;

/// <summary>What modules read of the signed-in caller. The organization always comes from here, never from the request.</summary>
public static class CallerClaims
{
    /// <summary>The caller's organization; throws <see cref="NotFoundException"/> for a caller without one (a platform operator or anonymous).</summary>
    public static Guid OrganizationId(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.TryParse(user.FindFirstValue(AccessPolicies.OrganizationClaim), out var id) ? id : throw new NotFoundException("The organization");
    }

    /// <summary>The branches the caller is limited to; empty when the caller works for every branch.</summary>
    public static IReadOnlyList<Guid> BranchIds(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.FindAll(AccessPolicies.BranchClaim).Select(c => Guid.TryParse(c.Value, out var id) ? id : Guid.Empty).ToList();
    }

    /// <summary>Who the caller is, for histories and audit: user id and e-mail address.</summary>
    public static Actor Actor(this ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
            ? new Actor(id, user.FindFirstValue(ClaimTypes.Name) ?? "")
            : throw new NotFoundException("The user");
    }

    /// <summary>The caller's organization and branch limits, for commands and queries of organization data.</summary>
    public static CallerScope Scope(this ClaimsPrincipal user) => new(user.OrganizationId(), user.BranchIds());
}
