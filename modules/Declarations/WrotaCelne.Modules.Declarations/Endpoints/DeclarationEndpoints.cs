using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Contracts.Guarantees;

namespace WrotaCelne.Modules.Declarations.Endpoints;

/// <summary>Declarations of the caller's organization (taken from the sign-in, never from the request).</summary>
internal static class DeclarationEndpoints
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

        var group = endpoints.MapGroup("/api/v1/declarations").WithTags("Declarations");
        group.MapPost("/", CreateAsync)
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Create))
            .WithName("CreateDraft")
            .WithSummary("Starts a declaration draft (family transit, export or import; LRN unique within the organization, or empty for the next number of the LRN mask; branchId required for users limited to branches).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", ListAsync)
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.View))
            .WithName("ListDrafts")
            .WithSummary("Lists the organization's declarations, newest first.");
        group.MapGet("/lrn-mask", async (ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteQueryAsync(new GetLrnMask(user.Scope()), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.View))
            .WithName("GetLrnMask")
            .WithSummary("The organization's LRN mask and an example of the next number.");
        group.MapPut("/lrn-mask", async (LrnMaskRequest body, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteCommandAsync(new SetLrnMask(user.Scope(), body.Mask ?? ""), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.ManageSettings))
            .WithName("SetLrnMask")
            .WithSummary("Sets how drafts without an LRN are numbered, e.g. {YYYY}/{BRANCH}/{SEQ:6}.")
            .ProducesValidationProblem();
        group.MapDelete("/{declarationId:guid}", async (Guid declarationId, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
            {
                await declarations.ExecuteCommandAsync(new DeleteDraft(user.Scope(), declarationId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Delete))
            .WithName("DeleteDraft")
            .WithSummary("Deletes a draft (only drafts; sent declarations stay in the archive).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{declarationId:guid}", GetAsync)
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.View))
            .WithName("GetDraft")
            .WithSummary("Reads one declaration of the organization.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Created<DraftDto>> CreateAsync(NewDraftRequest request, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken cancellationToken)
    {
        var draft = await declarations.ExecuteCommandAsync(new CreateDraft(user.Scope(), request.Family ?? "", request.Lrn ?? "", request.BranchId), cancellationToken);
        return TypedResults.Created($"/api/v1/declarations/{draft.Id}", draft);
    }

    private static async Task<Ok<IReadOnlyList<DraftDto>>> ListAsync(ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await declarations.ExecuteQueryAsync(new ListDrafts(user.Scope()), cancellationToken));

    private static async Task<Ok<DraftDto>> GetAsync(Guid declarationId, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await declarations.ExecuteQueryAsync(new GetDraft(user.Scope(), declarationId), cancellationToken));
}

internal sealed record LrnMaskRequest(string? Mask);

internal sealed record GuaranteeRequest(string? Grn, string? Type, string? AccessCode, decimal Amount, string? Currency, string? Description);

/// <summary>The body of a new draft: what the caller may choose (the organization is not among it).</summary>
internal sealed record NewDraftRequest(string? Family, string? Lrn, Guid? BranchId);
