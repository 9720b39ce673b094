using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.Guarantees;

namespace WrotaCelne.Modules.Declarations.Endpoints;

/// <summary>The organization's guarantees register.</summary>
internal static class GuaranteeEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var guarantees = endpoints.MapGroup("/api/v1/guarantees").WithTags("Declarations");
        guarantees.MapGet("/", async (ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteQueryAsync(new ListGuarantees(user.Scope()), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.View))
            .WithName("ListGuarantees")
            .WithSummary("The organization's guarantees register (access codes are never shown).");
        guarantees.MapPost("/", async Task<Created<GuaranteeDto>> (GuaranteeRequest body, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
            {
                var added = await declarations.ExecuteCommandAsync(
                    new AddGuarantee(user.Scope(), body.Grn ?? "", body.Type ?? "", body.AccessCode, body.Amount, body.Currency ?? "", body.Description), ct);
                return TypedResults.Created($"/api/v1/guarantees/{added.Id}", added);
            })
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Create))
            .WithName("AddGuarantee")
            .WithSummary("Adds a guarantee (GRN checked by its check digit; the access code is stored encrypted).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        guarantees.MapDelete("/{guaranteeId:guid}", async (Guid guaranteeId, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
            {
                await declarations.ExecuteCommandAsync(new RemoveGuarantee(user.Scope(), guaranteeId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Delete))
            .WithName("RemoveGuarantee")
            .WithSummary("Removes a guarantee from the register.")
            .ProducesProblem(StatusCodes.Status404NotFound);

    }
}

internal sealed record GuaranteeRequest(string? Grn, string? Type, string? AccessCode, decimal Amount, string? Currency, string? Description);
