using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Infrastructure;

/// <summary>
/// Sign-in on ASP.NET Core Identity: PBKDF2 (HMAC-SHA512, 210,000 iterations), lockout after 5
/// failures for 5 minutes, a <c>__Host-</c> cookie with an absolute 8-hour lifetime whose security
/// stamp is checked on every request (a disabled user or a changed password ends sessions at once),
/// and a per-address limit on sign-in attempts.
/// </summary>
internal static class IdentitySetup
{
    public const string CookieName = "__Host-WrotaCelne";
    private const string SelectingScheme = "WrotaCelne";

    private const string MultiFactorClaim = AccessPolicies.MultiFactorClaim;
    private const string MultiFactorValue = AccessPolicies.MultiFactorValue;
    public const int PasswordIterations = 210_000;
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    /// <param name="signInsPerMinute">Sign-in attempts allowed per client address and minute (<c>Modules:Accounts:SignInsPerMinute</c>).</param>
    public static void AddAccountsIdentity(this IServiceCollection services, int signInsPerMinute)
    {
        services.AddIdentityCore<UserAccount>(o =>
            {
                o.User.RequireUniqueEmail = true;
                o.SignIn.RequireConfirmedAccount = true; // "confirmed" = not disabled, see DisabledUserConfirmation
                o.Lockout.AllowedForNewUsers = true;
                o.Lockout.MaxFailedAccessAttempts = 5;
                o.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
                o.Password.RequiredLength = 12;
                o.Password.RequireNonAlphanumeric = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireDigit = false;
            })
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddSignInManager()
            .AddClaimsPrincipalFactory<AccountsClaimsPrincipalFactory>()
            .AddUserConfirmation<AccountConfirmation>()
            .AddDefaultTokenProviders();
        services.Configure<PasswordHasherOptions>(o =>
        {
            o.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3;
            o.IterationCount = PasswordIterations;
        });
        services.Configure<SecurityStampValidatorOptions>(o =>
        {
            o.ValidationInterval = TimeSpan.Zero;

            // The validator rebuilds the principal from the store on every request; how the person signed in
            // (amr=mfa) is not in the store, so carry it over, or two-step sessions would lose that mark.
            o.OnRefreshingPrincipal = context =>
            {
                var identity = context.NewPrincipal?.Identities.FirstOrDefault();
                foreach (var claim in context.CurrentPrincipal?.FindAll(MultiFactorClaim) ?? [])
                {
                    identity?.AddClaim(new System.Security.Claims.Claim(claim.Type, claim.Value));
                }

                return Task.CompletedTask;
            };
        });

        // One default scheme that hands /api calls carrying a bearer token to the token handler and everything else to the session cookie.
        services.AddAuthentication(SelectingScheme)
            .AddPolicyScheme(SelectingScheme, "Session cookie or API token", o => o.ForwardDefaultSelector = http =>
                http.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase) && ApiTokenAuthentication.IsPresented(http.Request)
                    ? ApiTokenAuthentication.SchemeName
                    : IdentityConstants.ApplicationScheme)
            .AddScheme<AuthenticationSchemeOptions, ApiTokenAuthentication>(ApiTokenAuthentication.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/";
            o.ExpireTimeSpan = SessionLifetime;
            o.SlidingExpiration = false;
            o.LoginPath = "/account/sign-in";
            o.LogoutPath = "/account/sign-out";
            o.AccessDeniedPath = "/account/access-denied";
            o.Events.OnRedirectToLogin = ctx => AnswerApiOr(ctx, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                // A person who must first replace a handed-out password or set up the demanded second factor is sent there, not just refused.
                var user = ctx.HttpContext.User;
                if (!ctx.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
                {
                    if (user.HasClaim(AccessPolicies.PasswordChangeRequiredClaim, "true"))
                    {
                        ctx.Response.Redirect("/account/password");
                        return Task.CompletedTask;
                    }

                    if (user.HasClaim(AccessPolicies.MultiFactorRequiredClaim, "true") && !user.HasClaim(MultiFactorClaim, MultiFactorValue))
                    {
                        ctx.Response.Redirect("/account/two-factor/setup");
                        return Task.CompletedTask;
                    }
                }

                return AnswerApiOr(ctx, StatusCodes.Status403Forbidden);
            };
        });

        // The cookie that carries a sign-in between its two steps gets the same protection as the session cookie.
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = CookieName + "-2fa";
            o.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.Path = "/";
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(AccessPolicies.SignedIn, p => p.RequireAuthenticatedUser())
            .AddPolicy(AccessPolicies.CompleteSession, p => p.RequireAuthenticatedUser().RequireAssertion(c => AccessPolicies.SessionIsComplete(c.User)))
            .AddPolicy(AccessPolicies.Person, p => p
                .RequireAuthenticatedUser()
                .RequireAssertion(c => !c.User.HasClaim(claim => claim.Type == AccessPolicies.ApiTokenClaim)))
            .AddPolicy(AccessPolicies.PersonalSession, p => p
                .RequireAuthenticatedUser()
                .RequireAssertion(c => AccessPolicies.SessionIsComplete(c.User) && !c.User.HasClaim(claim => claim.Type == AccessPolicies.ApiTokenClaim)))
            .AddPolicy(AccessPolicies.PlatformOperator, p => p
                .RequireAuthenticatedUser()
                .RequireClaim(AccessPolicies.PlatformOperatorClaim, "true")
                .RequireClaim(MultiFactorClaim, MultiFactorValue) // two-factor sign-in is mandatory for operators
                .RequireAssertion(c => AccessPolicies.SessionIsComplete(c.User)));
        services.AddHttpContextAccessor();
        services.AddScoped<Application.ICurrentUser, HttpCurrentUser>();
        services.AddScoped<Application.IAuditTrail, AuditTrail>();
        services.AddScoped<Application.RolePermissions>();
        services.AddScoped<Application.OrganizationUserFactory>();
        services.AddScoped<Application.CredentialsMail>();
        services.AddScoped<Application.NotificationMail>();
        services.AddSingleton<Application.PasswordChecks>();
        services.AddScoped(sp => (AccountsClaimsPrincipalFactory)sp.GetRequiredService<IUserClaimsPrincipalFactory<UserAccount>>());

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }

                return ValueTask.CompletedTask;
            };
            // Only attempts count: showing the form is free.
            o.AddPolicy(AccessPolicies.SignInRateLimit, http => HttpMethods.IsPost(http.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = signInsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("form"));
        });
    }

    /// <summary>Machines calling the API get a status code; people get the sign-in or access-denied page.</summary>
    private static Task AnswerApiOr(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
