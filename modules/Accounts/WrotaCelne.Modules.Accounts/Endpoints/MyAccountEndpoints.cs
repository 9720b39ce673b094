using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.MyAccount;
using WrotaCelne.Modules.Accounts.Contracts.Tokens;

namespace WrotaCelne.Modules.Accounts.Endpoints;

/// <summary>The caller's own account: who they are, their password, their API tokens.</summary>
internal static class MyAccountEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var me = endpoints.MapGroup("/api/v1/me").WithTags("Accounts").RequireAuthorization(AccessPolicies.SignedIn);
        me.MapGet("/", async (IAccountsModule accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ExecuteQueryAsync(new GetMyAccount(), ct)))
            .WithName("GetMyAccount")
            .WithSummary("Who the caller is and what the caller may do.");
        me.MapPost("/password", async (ChangePassword command, IAccountsModule accounts, CancellationToken ct) =>
            {
                await accounts.ExecuteCommandAsync(command, ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(AccessPolicies.Person)
            .RequireRateLimiting(AccessPolicies.SignInRateLimit)
            .WithName("ChangePassword")
            .WithSummary("Changes the caller's password; the caller's other sessions end.")
            .ProducesValidationProblem();

        var tokens = me.MapGroup("/tokens").RequireAuthorization(AccessPolicies.PersonalSession);
        tokens.MapGet("/", async (IAccountsModule accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ExecuteQueryAsync(new ListMyApiTokens(), ct)))
            .WithName("ListMyApiTokens")
            .WithSummary("The caller's API tokens (never their secrets).");
        tokens.MapPost("/", async Task<Created<CreatedApiTokenDto>> (CreateApiToken command, IAccountsModule accounts, CancellationToken ct) =>
            {
                var created = await accounts.ExecuteCommandAsync(command, ct);
                return TypedResults.Created($"/api/v1/me/tokens/{created.Details.Id}", created);
            })
            .WithName("CreateApiToken")
            .WithSummary("Issues a personal API token; the token is in this answer only. Use it as 'Authorization: Bearer <token>'.")
            .ProducesValidationProblem();
        tokens.MapPost("/{tokenId:guid}/revoke", async (Guid tokenId, IAccountsModule accounts, CancellationToken ct) =>
                TypedResults.Ok(await accounts.ExecuteCommandAsync(new RevokeApiToken(tokenId), ct)))
            .WithName("RevokeApiToken")
            .WithSummary("Revokes one of the caller's tokens at once.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
