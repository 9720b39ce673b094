using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Contracts.Templates;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Modules.Declarations.Endpoints;

/// <summary>Declarations of the caller's organization (taken from the sign-in, never from the request).</summary>
internal static class DeclarationEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/declarations").WithTags("Declarations");
        group.MapPost("/", CreateAsync)
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Create))
            .WithName("CreateDraft")
            .WithSummary("Starts a declaration draft (family transit, export or import; LRN unique within the organization, or empty for the next number of the LRN mask; branchId required for users limited to branches).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/import", ImportAsync)
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Create))
            .WithName("ImportDeclarationFile")
            .WithSummary("Makes a draft from a declaration message file (the request body: CC015C, CC515C, ZC415 or another type an installed format plugin reads; at most 15 MB). Answers the draft and a report of what did not map; the file's LRN is kept when free.")
            .WithMetadata(new RequestSizeLimitAttribute(ImportDeclarationFile.MaxBytes + (64 * 1024))) // a little over, so an oversize file gets our 413 with a reason
            .Accepts<byte[]>("application/xml", "text/xml")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
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
        group.MapPut("/{declarationId:guid}", async (Guid declarationId, DraftUpdateRequest body, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteCommandAsync(new UpdateDraft(user.Scope(), user.Actor(), declarationId, body.Revision, body.Document!), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Edit))
            .WithName("UpdateDraft")
            .WithSummary("Saves a new version of a draft. Name the revision you read: a concurrent save answers 409 declaration.changed; a sent declaration 409 declaration.locked. A draft may be incomplete; ask /validation what is missing.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{declarationId:guid}/copy", async (Guid declarationId, NewFromRequest? body, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
            {
                var copy = await declarations.ExecuteCommandAsync(new CopyDeclaration(user.Scope(), user.Actor(), declarationId, body?.Lrn ?? "", body?.BranchId), ct);
                return TypedResults.Created($"/api/v1/declarations/{copy.Id}", copy);
            })
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Create))
            .WithName("CopyDeclaration")
            .WithSummary("Starts a new draft with the document of a declaration (drafts or sent ones); LRN empty: the mask's next number.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{declarationId:guid}/party", async (Guid declarationId, FillPartyRequest body, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteCommandAsync(new FillPartyFromContractor(user.Scope(), user.Actor(), declarationId, body.Revision, body.Role ?? "", body.ContractorId), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Edit))
            .WithName("FillPartyFromContractor")
            .WithSummary("Fills one party (holder, exporter, importer, declarant, consignor, consignee, carrier) from the address book.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{declarationId:guid}/goods", async (Guid declarationId, AddGoodsRequest body, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteCommandAsync(new AddGoodsFromCatalogue(user.Scope(), user.Actor(), declarationId, body.Revision, body.CatalogueIds ?? []), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Edit))
            .WithName("AddGoodsFromCatalogue")
            .WithSummary("Appends goods items from the goods catalogue, numbered after the last item.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{declarationId:guid}/template", async (Guid declarationId, SaveAsTemplateRequest body, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
            {
                var template = await declarations.ExecuteCommandAsync(new SaveAsTemplate(user.Scope(), user.Actor(), declarationId, body.Name ?? ""), ct);
                return TypedResults.Created($"/api/v1/declaration-templates/{template.Id}", template);
            })
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Create))
            .WithName("SaveAsTemplate")
            .WithSummary("Saves the declaration's document as a new template (without LRN and MRN).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{declarationId:guid}/history", async (Guid declarationId, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteQueryAsync(new GetDeclarationHistory(user.Scope(), declarationId), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.View))
            .WithName("GetDeclarationHistory")
            .WithSummary("Every saved change: who, when, and each changed field as a JSON path with the value before and after.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{declarationId:guid}/validation", async (Guid declarationId, string? lang, HttpContext http, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteQueryAsync(new ValidateDeclaration(user.Scope(), declarationId, lang ?? System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.View))
            .WithName("ValidateDeclaration")
            .WithSummary("Checks the declaration: each finding has the field's JSON path, its label (lang pl or en), the rule code, error or warning, and the message. Warnings do not stop sending.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/{declarationId:guid}", GetAsync)
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.View))
            .WithName("GetDraft")
            .WithSummary("Reads one declaration of the organization.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Created<DraftDto>> CreateAsync(NewDraftRequest request, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken cancellationToken)
    {
        var draft = await declarations.ExecuteCommandAsync(new CreateDraft(user.Scope(), user.Actor(), request.Family ?? request.Document?.Family.ToString() ?? "", request.Lrn ?? request.Document?.Lrn ?? "", request.BranchId, request.Document), cancellationToken);
        return TypedResults.Created($"/api/v1/declarations/{draft.Id}", draft);
    }

    private static async Task<Results<Created<ImportedDraftDto>, ProblemHttpResult>> ImportAsync(
        string? fileName, Guid? branchId, HttpRequest request, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken cancellationToken)
    {
        var content = await BoundedBody.ReadAsync(request.Body, ImportDeclarationFile.MaxBytes, cancellationToken);
        if (content is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large.", detail: $"A declaration file is at most {ImportDeclarationFile.MaxBytes / (1024 * 1024)} MB.");
        }

        var imported = await declarations.ExecuteCommandAsync(new ImportDeclarationFile(user.Scope(), user.Actor(), content, fileName, branchId), cancellationToken);
        return TypedResults.Created($"/api/v1/declarations/{imported.Draft.Id}", imported);
    }

    private static async Task<Ok<DeclarationDto>> GetAsync(Guid declarationId, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await declarations.ExecuteQueryAsync(new GetDraft(user.Scope(), declarationId), cancellationToken));
}

internal sealed record LrnMaskRequest(string? Mask);

/// <summary>The body of a new draft: what the caller may choose (the organization is not among it), optionally with the whole document.</summary>
internal sealed record NewDraftRequest(string? Family, string? Lrn, Guid? BranchId, CustomsDeclaration? Document);

/// <summary>A new version of a draft: the revision it was made from, and the document.</summary>
internal sealed record DraftUpdateRequest(int Revision, CustomsDeclaration? Document);

/// <summary>A copy or a draft from a template: LRN empty for the mask's next number.</summary>
internal sealed record NewFromRequest(string? Lrn, Guid? BranchId);

/// <summary>Fill a party from the address book.</summary>
internal sealed record FillPartyRequest(int Revision, string? Role, Guid ContractorId);

/// <summary>Append goods from the catalogue.</summary>
internal sealed record AddGoodsRequest(int Revision, IReadOnlyList<Guid>? CatalogueIds);

/// <summary>Save a declaration as a template.</summary>
internal sealed record SaveAsTemplateRequest(string? Name);
