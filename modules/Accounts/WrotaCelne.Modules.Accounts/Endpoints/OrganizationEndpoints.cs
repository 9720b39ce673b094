using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;

namespace WrotaCelne.Modules.Accounts.Endpoints;

/// <summary>The platform operator's organization management, and the public registration request.</summary>
internal static class OrganizationEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/organizations").WithTags("Administration").RequireAuthorization(AccessPolicies.PlatformOperator);
        group.MapPost("/", async Task<Created<RegisteredOrganizationDto>> (RegisterOrganization command, IAccountsModule accounts, CancellationToken ct) =>
            {
                var registered = await accounts.ExecuteCommandAsync(command, ct);
                return TypedResults.Created($"/api/v1/organizations/{registered.Organization.Id}", registered);
            })
            .WithName("RegisterOrganization")
            .WithSummary("Registers an active organization with its first administrator; the answer holds the administrator's one-time password.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", async (string? status, IAccountsModule accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ExecuteQueryAsync(new ListOrganizations(status), ct)))
            .WithName("ListOrganizations")
            .WithSummary("Lists organizations, optionally in one status (Pending = registration requests).");
        group.MapGet("/{organizationId:guid}", async (Guid organizationId, IAccountsModule accounts, CancellationToken ct) =>
                TypedResults.Ok(await accounts.ExecuteQueryAsync(new GetOrganization(organizationId), ct)))
            .WithName("GetOrganization")
            .WithSummary("Reads one organization.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{organizationId:guid}/approve", async (Guid organizationId, IAccountsModule accounts, CancellationToken ct) =>
                TypedResults.Ok(await accounts.ExecuteCommandAsync(new ApproveRegistration(organizationId), ct)))
            .WithName("ApproveRegistration")
            .WithSummary("Approves a registration request: the organization becomes active and its administrator is created (one-time password in the answer).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{organizationId:guid}/reject", async (Guid organizationId, StatusReason? body, IAccountsModule accounts, CancellationToken ct) =>
                TypedResults.Ok(await accounts.ExecuteCommandAsync(new RejectRegistration(organizationId, body?.Reason), ct)))
            .WithName("RejectRegistration")
            .WithSummary("Rejects a registration request.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{organizationId:guid}/suspend", async (Guid organizationId, StatusReason? body, IAccountsModule accounts, CancellationToken ct) =>
                TypedResults.Ok(await accounts.ExecuteCommandAsync(new SuspendOrganization(organizationId, body?.Reason), ct)))
            .WithName("SuspendOrganization")
            .WithSummary("Suspends an organization: its users cannot sign in and open sessions end at once.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{organizationId:guid}/reactivate", async (Guid organizationId, IAccountsModule accounts, CancellationToken ct) =>
                TypedResults.Ok(await accounts.ExecuteCommandAsync(new ReactivateOrganization(organizationId), ct)))
            .WithName("ReactivateOrganization")
            .WithSummary("Lets a suspended organization back in.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

        var support = endpoints.MapGroup("/api/v1/admin/support-access").WithTags("Administration").RequireAuthorization(AccessPolicies.PlatformOperator);
        support.MapGet("/", async (IAccountsModule accounts, CancellationToken ct) => TypedResults.Ok(await accounts.ExecuteQueryAsync(new ListSupportAccess(), ct)))
            .WithName("ListSupportAccess")
            .WithSummary("Organizations that let the operators look at their data now.");
        support.MapPost("/{organizationId:guid}/enter", async (Guid organizationId, IAccountsModule accounts, CancellationToken ct) =>
                TypedResults.Ok(await accounts.ExecuteCommandAsync(new EnterSupportAccess(organizationId), ct)))
            .WithName("EnterSupportAccess")
            .WithSummary("The operator looks at the organization's data (read only) until leaving or the access ends.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        support.MapPost("/leave", async (IAccountsModule accounts, CancellationToken ct) =>
            {
                await accounts.ExecuteCommandAsync(new LeaveSupportAccess(), ct);
                return TypedResults.NoContent();
            })
            .WithName("LeaveSupportAccess")
            .WithSummary("The operator stops looking at an organization's data.");

        endpoints.MapPost("/api/v1/registration-requests", async (RequestRegistration command, IAccountsModule accounts, CancellationToken ct) =>
                TypedResults.Accepted((string?)null, new RequestReceived(await accounts.ExecuteCommandAsync(command, ct))))
            .WithTags("Accounts")
            .WithName("RequestRegistration")
            .WithSummary("A company asks to be registered; a platform operator approves or rejects the request.")
            .RequireRateLimiting(AccessPolicies.SignInRateLimit)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
    }

    internal sealed record StatusReason(string? Reason);

    /// <summary>The request's id, for the company's reference when it contacts the operator.</summary>
    internal sealed record RequestReceived(Guid Id);
}
