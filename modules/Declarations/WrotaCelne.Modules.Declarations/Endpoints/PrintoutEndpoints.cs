using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.Printouts;

namespace WrotaCelne.Modules.Declarations.Endpoints;

/// <summary>Printouts of declarations: the accompanying document (TAD/EAD) of a released declaration.</summary>
internal static class PrintoutEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/declarations").WithTags("Declarations");
        group.MapGet("/{declarationId:guid}/accompanying-document", async (Guid declarationId, string? lang, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
            {
                var file = await declarations.ExecuteQueryAsync(new GetAccompanyingDocument(user.Scope(), declarationId, lang ?? "pl"), ct);
                return TypedResults.File(file.Content, file.ContentType, file.FileName);
            })
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.View))
            .WithName("GetAccompanyingDocument")
            .WithSummary("The accompanying document as PDF: TAD for transit, EAD for export, with the MRN as a Code 128 barcode (lang pl: Polish and English labels, en: English). Only once released: otherwise 409 printout.notReleased; import 409 printout.none.")
            .Produces(StatusCodes.Status200OK, contentType: "application/pdf")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
    }
}
