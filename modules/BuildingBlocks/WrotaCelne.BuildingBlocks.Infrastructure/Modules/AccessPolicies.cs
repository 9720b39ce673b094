namespace WrotaCelne.BuildingBlocks.Infrastructure.Modules;

/// <summary>Authorization policy and claim names shared by the host and the modules (Accounts issues the claims).</summary>
public static class AccessPolicies
{
    /// <summary>The install's own administrators: organizations, plugins, jobs; never customers' declarations.</summary>
    public const string PlatformOperator = "platform-operator";

    /// <summary>Any signed-in person.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Any caller in a complete session (see <see cref="SessionIsComplete"/>), a person or an API token.</summary>
    public const string CompleteSession = "complete-session";

    /// <summary>A person signed in with the session cookie (not a machine with an API token), whether or not the session is complete: changing one's password.</summary>
    public const string Person = "person";

    /// <summary>A person in a complete session (second factor and own password in place), not a machine with an API token: managing one's own tokens.</summary>
    public const string PersonalSession = "personal-session";

    public const string PlatformOperatorClaim = "wc:operator";

    public const string OrganizationClaim = "wc:organization";

    /// <summary>Identity marks a session whose sign-in used a second factor with amr=mfa (RFC 8176).</summary>
    public const string MultiFactorClaim = "amr";

    public const string MultiFactorValue = "mfa";

    /// <summary>One claim per permission the user's role holds in the organization.</summary>
    public const string PermissionClaim = "wc:permission";

    /// <summary>One claim per branch a user is limited to; none means every branch of the organization.</summary>
    public const string BranchClaim = "wc:branch";

    /// <summary>The person must sign in with a second factor (operators; users of organizations that demand it).</summary>
    public const string MultiFactorRequiredClaim = "wc:mfa-required";

    /// <summary>The person signed in with a handed-out password and must choose their own before doing anything else.</summary>
    public const string PasswordChangeRequiredClaim = "wc:password-change";

    /// <summary>Set on a platform operator looking, read only, at an organization's data under its support access.</summary>
    public const string SupportAccessClaim = "wc:support";

    /// <summary>Set on callers authenticated by a personal API token (its id).</summary>
    public const string ApiTokenClaim = "wc:token";

    /// <summary>
    /// Whether the session may use what its permissions allow: the second factor is there where one is
    /// demanded and no handed-out password waits to be replaced. Every permission policy demands it.
    /// </summary>
    public static bool SessionIsComplete(System.Security.Claims.ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return !user.HasClaim(PasswordChangeRequiredClaim, "true")
            && (!user.HasClaim(MultiFactorRequiredClaim, "true") || user.HasClaim(MultiFactorClaim, MultiFactorValue));
    }

    /// <summary>What the <see cref="Permission"/> policy demands, for pages that show or hide parts: the permission, in a complete session.</summary>
    public static bool Holds(System.Security.Claims.ClaimsPrincipal user, string permission)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.HasClaim(PermissionClaim, permission) && SessionIsComplete(user);
    }

    /// <summary>What the <see cref="PlatformOperator"/> policy demands, for pages that show or hide operator-only parts.</summary>
    public static bool IsPlatformOperator(System.Security.Claims.ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.HasClaim(PlatformOperatorClaim, "true") && user.HasClaim(MultiFactorClaim, MultiFactorValue) && SessionIsComplete(user);
    }

    /// <summary>The policy that demands one permission (the host registers one per catalogued permission).</summary>
    public static string Permission(string permission) => "permission:" + permission;

    /// <summary>The rate-limiter policy of the sign-in form.</summary>
    public const string SignInRateLimit = "sign-in";
}
