using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;

namespace WrotaCelne.Modules.Accounts.Endpoints;

internal static class OrganizationEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        // Platform operators manage organizations; organization users will read their own through their profile.
        var group = endpoints.MapGroup("/api/v1/organizations").WithTags("Accounts").RequireAuthorization(AccessPolicies.PlatformOperator);
        group.MapPost("/", RegisterAsync)
            .WithName("RegisterOrganization")
            .WithSummary("Registers a customer organization (tenant) with its first administrator; the answer holds the administrator's one-time password.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", ListAsync).WithName("ListOrganizations").WithSummary("Lists organizations.");
        group.MapGet("/{organizationId:guid}", GetAsync)
            .WithName("GetOrganization")
            .WithSummary("Reads one organization.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Created<RegisteredOrganizationDto>> RegisterAsync(RegisterOrganization command, IAccountsModule accounts, CancellationToken cancellationToken)
    {
        var organization = await accounts.ExecuteCommandAsync(command, cancellationToken);
        return TypedResults.Created($"/api/v1/organizations/{organization.Id}", organization);
    }

    private static async Task<Ok<IReadOnlyList<OrganizationDto>>> ListAsync(IAccountsModule accounts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await accounts.ExecuteQueryAsync(new ListOrganizations(), cancellationToken));

    private static async Task<Ok<OrganizationDto>> GetAsync(Guid organizationId, IAccountsModule accounts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await accounts.ExecuteQueryAsync(new GetOrganization(organizationId), cancellationToken));
}
