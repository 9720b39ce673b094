using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Roles;

namespace WrotaCelne.Modules.Accounts.Endpoints;

// Changes here are for people in a complete session (PersonalSession): an API token reads, but never hands out accounts, roles or access.
internal static class RoleEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/permissions", async (IAccountsModule accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ExecuteQueryAsync(new ListPermissions(), ct)))
            .WithTags("Accounts")
            .WithName("ListPermissions")
            .WithSummary("Lists every permission the enabled modules declare.");
        var group = endpoints.MapGroup("/api/v1/roles").WithTags("Accounts");
        group.MapGet("/", async (IAccountsModule accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ExecuteQueryAsync(new ListRoles(), ct)))
            .WithName("ListRoles")
            .WithSummary("Lists the built-in roles and, for a signed-in user, the organization's own roles, with their permissions.");
        var manage = AccessPolicies.Permission(AccountsPermissions.ManageUsers);
        group.MapPost("/", async Task<Created<RoleDto>> (CreateRole command, IAccountsModule accounts, CancellationToken ct) =>
            {
                var role = await accounts.ExecuteCommandAsync(command, ct);
                return TypedResults.Created($"/api/v1/roles/{role.Id}", role);
            })
            .RequireAuthorization(manage)
            .RequireAuthorization(AccessPolicies.PersonalSession)
            .WithName("CreateRole")
            .WithSummary("Composes an organization role from permissions the caller holds.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{roleId:guid}", async (Guid roleId, RoleBody body, IAccountsModule accounts, CancellationToken ct) =>
                TypedResults.Ok(await accounts.ExecuteCommandAsync(new UpdateRole(roleId, body.Permissions ?? []), ct)))
            .RequireAuthorization(manage)
            .RequireAuthorization(AccessPolicies.PersonalSession)
            .WithName("UpdateRole")
            .WithSummary("Replaces an organization role's permissions.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{roleId:guid}", async (Guid roleId, IAccountsModule accounts, CancellationToken ct) =>
            {
                await accounts.ExecuteCommandAsync(new DeleteRole(roleId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(manage)
            .RequireAuthorization(AccessPolicies.PersonalSession)
            .WithName("DeleteRole")
            .WithSummary("Removes an organization role nobody holds.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal sealed record RoleBody(IReadOnlyList<string>? Permissions);
}
