using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Users;

namespace WrotaCelne.Modules.Accounts.Endpoints;

// Changes here are for people in a complete session (PersonalSession): an API token reads, but never hands out accounts, roles or access.
internal static class UserEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/users").WithTags("Accounts").RequireAuthorization(AccessPolicies.Permission(AccountsPermissions.ManageUsers));
        group.MapGet("/", async (IAccountsModule accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ExecuteQueryAsync(new ListUsers(), ct)))
            .WithName("ListUsers")
            .WithSummary("Lists the users of the caller's organization.");
        group.MapGet("/{userId:guid}", async (Guid userId, IAccountsModule accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ExecuteQueryAsync(new GetUser(userId), ct)))
            .WithName("GetUser")
            .WithSummary("Reads one user.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", async Task<Created<OneTimePasswordDto>> (AddUser command, IAccountsModule accounts, CancellationToken ct) =>
            {
                var added = await accounts.ExecuteCommandAsync(command, ct);
                return TypedResults.Created($"/api/v1/users/{added.User.Id}", added);
            })
            .RequireAuthorization(AccessPolicies.PersonalSession)
            .WithName("AddUser")
            .WithSummary("Adds a user with a role and optional branches; the answer holds the one-time password, shown once.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{userId:guid}", async (Guid userId, UserBody body, IAccountsModule accounts, CancellationToken ct) =>
                TypedResults.Ok(await accounts.ExecuteCommandAsync(new UpdateUser(userId, body.DisplayName ?? "", body.Role ?? "", body.BranchIds), ct)))
            .RequireAuthorization(AccessPolicies.PersonalSession)
            .WithName("UpdateUser")
            .WithSummary("Changes a user's name, role and branches.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{userId:guid}/disable", async (Guid userId, IAccountsModule accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ExecuteCommandAsync(new SetUserDisabled(userId, true), ct)))
            .RequireAuthorization(AccessPolicies.PersonalSession)
            .WithName("DisableUser")
            .WithSummary("Disables a user; open sessions end at their next request.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{userId:guid}/enable", async (Guid userId, IAccountsModule accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ExecuteCommandAsync(new SetUserDisabled(userId, false), ct)))
            .RequireAuthorization(AccessPolicies.PersonalSession)
            .WithName("EnableUser")
            .WithSummary("Re-enables a user.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{userId:guid}/reset-password", async (Guid userId, IAccountsModule accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ExecuteCommandAsync(new ResetUserPassword(userId), ct)))
            .RequireAuthorization(AccessPolicies.PersonalSession)
            .WithName("ResetUserPassword")
            .WithSummary("Hands out a one-time password (in the answer) and ends the user's sessions.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{userId:guid}/reset-two-factor", async (Guid userId, IAccountsModule accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ExecuteCommandAsync(new ResetUserTwoFactor(userId), ct)))
            .RequireAuthorization(AccessPolicies.PersonalSession)
            .WithName("ResetUserTwoFactor")
            .WithSummary("Turns off a user's two-step sign-in (lost phone) and ends the user's sessions; the user sets it up again.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    internal sealed record UserBody(string? DisplayName, string? Role, IReadOnlyList<Guid>? BranchIds);
}
