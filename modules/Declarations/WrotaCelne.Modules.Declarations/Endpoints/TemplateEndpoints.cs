using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.Templates;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Modules.Declarations.Endpoints;

/// <summary>The organization's declaration templates.</summary>
internal static class TemplateEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/declaration-templates").WithTags("Declarations");
        group.MapGet("/", async (ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteQueryAsync(new ListTemplates(user.Scope()), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.View))
            .WithName("ListTemplates")
            .WithSummary("The organization's templates by name.");
        group.MapGet("/{templateId:guid}", async (Guid templateId, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteQueryAsync(new GetTemplate(user.Scope(), templateId), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.View))
            .WithName("GetTemplate")
            .WithSummary("A template with its document.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", async (TemplateRequest body, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
            {
                var template = await declarations.ExecuteCommandAsync(new CreateTemplate(user.Scope(), user.Actor(), body.Name ?? "", body.Document!), ct);
                return TypedResults.Created($"/api/v1/declaration-templates/{template.Id}", template);
            })
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Create))
            .WithName("CreateTemplate")
            .WithSummary("Creates a template from a document (its LRN and MRN are dropped).")
            .ProducesValidationProblem();
        group.MapPut("/{templateId:guid}", async (Guid templateId, TemplateRequest body, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteCommandAsync(new UpdateTemplate(user.Scope(), user.Actor(), templateId, body.Name ?? "", body.Document!), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Edit))
            .WithName("UpdateTemplate")
            .WithSummary("Renames a template and replaces its document.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{templateId:guid}", async (Guid templateId, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
            {
                await declarations.ExecuteCommandAsync(new DeleteTemplate(user.Scope(), templateId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Delete))
            .WithName("DeleteTemplate")
            .WithSummary("Deletes a template (drafts made from it stay).")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{templateId:guid}/declarations", async (Guid templateId, NewFromRequest? body, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
            {
                var draft = await declarations.ExecuteCommandAsync(new CreateFromTemplate(user.Scope(), user.Actor(), templateId, body?.Lrn ?? "", body?.BranchId), ct);
                return TypedResults.Created($"/api/v1/declarations/{draft.Id}", draft);
            })
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Create))
            .WithName("CreateFromTemplate")
            .WithSummary("Starts a draft from the template; LRN empty: the mask's next number.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}

internal sealed record TemplateRequest(string? Name, CustomsDeclaration? Document);
