using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Application;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Infrastructure;

/// <summary>
/// <c>Authorization: Bearer wct_…</c> on /api calls. The caller acts as the token's user with the
/// permissions the token was given and the user still holds; a revoked or expired token, a disabled
/// user or an organization that is not active gets 401.
/// </summary>
internal sealed class ApiTokenAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, AccountsDbContext db, AccountsClaimsPrincipalFactory claims, TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiToken";
    private const string BearerPrefix = "Bearer ";

    /// <summary>Whether a request carries a bearer token (then this scheme, not the cookie, decides who calls).</summary>
    public static bool IsPresented(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith(BearerPrefix, StringComparison.OrdinalIgnoreCase);

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!IsPresented(Request))
        {
            return AuthenticateResult.NoResult();
        }

        var presented = Request.Headers.Authorization.ToString()[BearerPrefix.Length..].Trim();
        if (!ApiTokenSecret.TryParse(presented, out var tokenId, out var secret))
        {
            return AuthenticateResult.Fail("Not a Wrota Celne API token.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId, Context.RequestAborted);
        if (token is null || !ApiTokenSecret.Matches(secret, token.SecretHash) || !token.IsUsable(now))
        {
            return AuthenticateResult.Fail("The token is unknown, revoked or expired.");
        }

        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == token.UserId && u.OrganizationId == token.OrganizationId, Context.RequestAborted);
        if (user is null || user.IsDisabled || user.MustChangePassword)
        {
            return AuthenticateResult.Fail("The token's user is disabled or waits for a password change.");
        }

        var organizationClaims = await claims.OrganizationClaimsAsync(user, token.OrganizationId, Context.RequestAborted);
        if (!organizationClaims.Any(c => c.Type == AccessPolicies.PermissionClaim))
        {
            return AuthenticateResult.Fail("The token's organization is not active or its user holds no permission.");
        }

        // An organization that demands two-step sign-in accepts tokens only of users who have it set up.
        if (organizationClaims.Any(c => c.Type == AccessPolicies.MultiFactorRequiredClaim) && !user.TwoFactorEnabled)
        {
            return AuthenticateResult.Fail("The organization demands two-step sign-in, which the token's user has not set up.");
        }

        var identity = new ClaimsIdentity(SchemeName, ClaimTypes.Name, ClaimTypes.Role);
        identity.AddClaim(new Claim(ClaimTypes.NameIdentifier, user.Id.ToString()));
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Email ?? ""));
        identity.AddClaim(new Claim(ClaimTypes.GivenName, user.DisplayName));
        identity.AddClaim(new Claim(AccessPolicies.ApiTokenClaim, token.Id.ToString()));

        // The token narrows what the user holds; it never widens it.
        identity.AddClaims(organizationClaims.Where(c =>
            c.Type is AccessPolicies.OrganizationClaim or AccessPolicies.BranchClaim
            || (c.Type == AccessPolicies.PermissionClaim && token.Permissions.Contains(c.Value))));
        if (token.MarkUsed(now))
        {
            await db.SaveChangesAsync(CancellationToken.None);
        }

        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers[HeaderNames.WWWAuthenticate] = "Bearer error=\"invalid_token\"";
        return Task.CompletedTask;
    }
}
