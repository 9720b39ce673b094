using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.Exchange;

namespace WrotaCelne.Modules.Declarations.Endpoints;

/// <summary>Documents from the gateway that no declaration of the organization took.</summary>
internal static class UnmatchedDocumentEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/declarations/unmatched-documents").WithTags("Declarations");
        group.MapGet("/", async (bool? reviewed, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteQueryAsync(new ListUnmatchedDocuments(user.Scope(), reviewed ?? false), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.View))
            .WithName("ListUnmatchedDocuments")
            .WithSummary("Documents the gateway delivered that match no declaration of the organization (unreadable, a signature that does not verify, an unknown LRN or MRN), newest first; ?reviewed=true includes those already dealt with.");
        group.MapGet("/{messageId:guid}", async (Guid messageId, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
            {
                var file = await declarations.ExecuteQueryAsync(new GetUnmatchedDocument(user.Scope(), messageId), ct);
                return TypedResults.File(file.Content, "application/xml", file.FileName);
            })
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.View))
            .WithName("GetUnmatchedDocument")
            .WithSummary("One unmatched document, byte for byte as the gateway delivered it.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{messageId:guid}/review", async (Guid messageId, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteCommandAsync(new ReviewUnmatchedDocument(user.Scope(), user.Actor(), messageId), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Submit))
            .WithName("ReviewUnmatchedDocument")
            .WithSummary("Marks an unmatched document as dealt with; it stays stored and downloadable.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
