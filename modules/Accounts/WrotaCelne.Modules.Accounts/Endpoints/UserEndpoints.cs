using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Users;

namespace WrotaCelne.Modules.Accounts.Endpoints;

internal static class UserEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/users").WithTags("Accounts").RequireAuthorization(AccessPolicies.Permission(AccountsPermissions.ManageUsers));
        group.MapGet("/", async (IAccountsModule accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ExecuteQueryAsync(new ListUsers(), ct)))
            .WithName("ListUsers")
            .WithSummary("Lists the users of the caller's organization.");
        group.MapPost("/", async Task<Created<AddedUserDto>> (AddUser command, IAccountsModule accounts, CancellationToken ct) =>
            {
                var added = await accounts.ExecuteCommandAsync(command, ct);
                return TypedResults.Created($"/api/v1/users/{added.User.Id}", added);
            })
            .WithName("AddUser")
            .WithSummary("Adds a user with a built-in role; the answer holds the one-time password, shown once.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{userId:guid}/disable", async (Guid userId, IAccountsModule accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ExecuteCommandAsync(new SetUserDisabled(userId, true), ct)))
            .WithName("DisableUser")
            .WithSummary("Disables a user; open sessions end at their next request.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{userId:guid}/enable", async (Guid userId, IAccountsModule accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ExecuteCommandAsync(new SetUserDisabled(userId, false), ct)))
            .WithName("EnableUser")
            .WithSummary("Re-enables a user.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
