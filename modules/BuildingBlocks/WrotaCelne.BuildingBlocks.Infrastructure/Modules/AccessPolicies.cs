namespace WrotaCelne.BuildingBlocks.Infrastructure.Modules;

/// <summary>Authorization policy and claim names shared by the host and the modules (Accounts issues the claims).</summary>
public static class AccessPolicies
{
    /// <summary>The install's own administrators: organizations, plugins, jobs; never customers' declarations.</summary>
    public const string PlatformOperator = "platform-operator";

    /// <summary>Any signed-in person.</summary>
    public const string SignedIn = "signed-in";

    public const string PlatformOperatorClaim = "wc:operator";

    public const string OrganizationClaim = "wc:organization";

    /// <summary>Identity marks a session whose sign-in used a second factor with amr=mfa (RFC 8176).</summary>
    public const string MultiFactorClaim = "amr";

    public const string MultiFactorValue = "mfa";

    /// <summary>One claim per permission the user's role holds in the organization.</summary>
    public const string PermissionClaim = "wc:permission";

    /// <summary>What the <see cref="PlatformOperator"/> policy demands, for pages that show or hide operator-only parts.</summary>
    public static bool IsPlatformOperator(System.Security.Claims.ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.HasClaim(PlatformOperatorClaim, "true") && user.HasClaim(MultiFactorClaim, MultiFactorValue);
    }

    /// <summary>The policy that demands one permission (the host registers one per catalogued permission).</summary>
    public static string Permission(string permission) => "permission:" + permission;

    /// <summary>The rate-limiter policy of the sign-in form.</summary>
    public const string SignInRateLimit = "sign-in";
}
