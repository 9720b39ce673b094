using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Roles;

namespace WrotaCelne.Modules.Accounts.Endpoints;

internal static class RoleEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/permissions", async (IAccountsModule accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ExecuteQueryAsync(new ListPermissions(), ct)))
            .WithTags("Accounts")
            .WithName("ListPermissions")
            .WithSummary("Lists every permission the enabled modules declare.");
        endpoints.MapGet("/api/v1/roles", async (IAccountsModule accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ExecuteQueryAsync(new ListRoles(), ct)))
            .WithTags("Accounts")
            .WithName("ListRoles")
            .WithSummary("Lists the roles and the permissions each holds.");
    }
}
