using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;

namespace WrotaCelne.Modules.Accounts.Endpoints;

/// <summary>The caller's own organization: every member reads it, administrators change it.</summary>
// Changes here are for people in a complete session (PersonalSession): an API token reads, but never hands out accounts, roles or access.
internal static class MyOrganizationEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/organization").WithTags("Accounts").RequireAuthorization(AccessPolicies.CompleteSession);
        var manage = AccessPolicies.Permission(AccountsPermissions.ManageOrganization);
        group.MapGet("/", async (IAccountsModule accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ExecuteQueryAsync(new GetMyOrganization(), ct)))
            .WithName("GetMyOrganization")
            .WithSummary("The caller's organization.");
        group.MapPut("/", async (UpdateMyOrganization command, IAccountsModule accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ExecuteCommandAsync(command, ct)))
            .RequireAuthorization(manage)
            .RequireAuthorization(AccessPolicies.PersonalSession)
            .WithName("UpdateMyOrganization")
            .WithSummary("Changes the organization's name, EORI, SISC, address and whether two-step sign-in is mandatory. The NIP is fixed.")
            .ProducesValidationProblem();
        group.MapGet("/branches", async (IAccountsModule accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ExecuteQueryAsync(new ListBranches(), ct)))
            .WithName("ListBranches")
            .WithSummary("The organization's branches.");
        group.MapPost("/branches", async Task<Created<BranchDto>> (AddBranch command, IAccountsModule accounts, CancellationToken ct) =>
            {
                var branch = await accounts.ExecuteCommandAsync(command, ct);
                return TypedResults.Created($"/api/v1/organization/branches/{branch.Id}", branch);
            })
            .RequireAuthorization(manage)
            .RequireAuthorization(AccessPolicies.PersonalSession)
            .WithName("AddBranch")
            .WithSummary("Adds a branch (its code is used by LRN masks).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/branches/{branchId:guid}", async (Guid branchId, BranchBody body, IAccountsModule accounts, CancellationToken ct) =>
                TypedResults.Ok(await accounts.ExecuteCommandAsync(new UpdateBranch(branchId, body.Code ?? "", body.Name ?? "", body.Address), ct)))
            .RequireAuthorization(manage)
            .RequireAuthorization(AccessPolicies.PersonalSession)
            .WithName("UpdateBranch")
            .WithSummary("Changes a branch.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/support-access", async (IAccountsModule accounts, CancellationToken ct) => Results.Ok(await accounts.ExecuteQueryAsync(new GetSupportAccess(), ct)))
            .WithName("GetSupportAccess")
            .WithSummary("The read-only access the organization gave the platform operators for support, or null.");
        group.MapPost("/support-access", async (SupportBody body, IAccountsModule accounts, CancellationToken ct) =>
                TypedResults.Ok(await accounts.ExecuteCommandAsync(new GrantSupportAccess(body.Days), ct)))
            .RequireAuthorization(manage)
            .RequireAuthorization(AccessPolicies.PersonalSession)
            .WithName("GrantSupportAccess")
            .WithSummary("Lets the platform operators look at the organization's data, read only, for 1 to 30 days (replaces an access in force).")
            .ProducesValidationProblem();
        group.MapDelete("/support-access", async (IAccountsModule accounts, CancellationToken ct) =>
            {
                await accounts.ExecuteCommandAsync(new RevokeSupportAccess(), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(manage)
            .RequireAuthorization(AccessPolicies.PersonalSession)
            .WithName("RevokeSupportAccess")
            .WithSummary("Ends the support access at once.");
    }

    internal sealed record SupportBody(int Days);

    internal sealed record BranchBody(string? Code, string? Name, AddressDto? Address);
}
