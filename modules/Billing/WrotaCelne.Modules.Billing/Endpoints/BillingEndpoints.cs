using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Billing.Contracts;
using WrotaCelne.Modules.Billing.Contracts.Accounts;
using WrotaCelne.Modules.Billing.Contracts.Plans;

namespace WrotaCelne.Modules.Billing.Endpoints;

internal static class BillingEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/billing").WithTags("Billing");
        group.MapPost("/plans", CreatePlanAsync)
            .RequireAuthorization(AccessPolicies.PlatformOperator)
            .WithName("CreatePlan")
            .WithSummary("Adds a plan to the price list (prices in minor units).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/plans", ListPlansAsync).WithName("ListPlans").WithSummary("Lists the price list.");
        group.MapGet("/accounts/{organizationId:guid}", GetAccountAsync)
            .RequireAuthorization(AccessPolicies.PlatformOperator)
            .WithName("GetBillingAccount")
            .WithSummary("Reads an organization's billing account, created as a trial when the organization registers (platform operators).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/account", async (ClaimsPrincipal user, IBillingModule billing, CancellationToken ct) => TypedResults.Ok(await billing.ExecuteQueryAsync(new GetBillingAccount(user.OrganizationId()), ct)))
            .RequireAuthorization(AccessPolicies.Permission(BillingPermissions.View))
            .WithName("GetOwnBillingAccount")
            .WithSummary("Reads the caller's organization's billing account.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Created<PlanDto>> CreatePlanAsync(CreatePlan command, IBillingModule billing, CancellationToken cancellationToken)
    {
        var plan = await billing.ExecuteCommandAsync(command, cancellationToken);
        return TypedResults.Created($"/api/v1/billing/plans/{plan.Id}", plan);
    }

    private static async Task<Ok<IReadOnlyList<PlanDto>>> ListPlansAsync(IBillingModule billing, CancellationToken cancellationToken) =>
        TypedResults.Ok(await billing.ExecuteQueryAsync(new ListPlans(), cancellationToken));

    private static async Task<Ok<BillingAccountDto>> GetAccountAsync(Guid organizationId, IBillingModule billing, CancellationToken cancellationToken) =>
        TypedResults.Ok(await billing.ExecuteQueryAsync(new GetBillingAccount(organizationId), cancellationToken));
}
