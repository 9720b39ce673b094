using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Declarations.Application;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.ReferenceData;

namespace WrotaCelne.Modules.Declarations.Endpoints;

/// <summary>Reference data: everyone signed in reads the codelists; platform operators import official files.</summary>
internal static class CodeListEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var read = endpoints.MapGroup("/api/v1/codelists").WithTags("Reference data").RequireAuthorization(AccessPolicies.CompleteSession);
        read.MapGet("/", async (IDeclarationsModule declarations, CancellationToken ct) => TypedResults.Ok(await declarations.ExecuteQueryAsync(new ListCodeLists(), ct)))
            .WithName("ListCodeLists")
            .WithSummary("The codelists, each with its source (built-in or the imported version) and its number of valid entries.");
        read.MapGet("/{list}", async (string list, DateOnly? on, string? text, string? attribute, string? value, int? take, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteQueryAsync(new GetCodeListEntries(list, on, text, attribute, value, take ?? 500), ct)))
            .WithName("GetCodeListEntries")
            .WithSummary("Entries valid on a day (today by default), by text in code or description, or by an attribute value (e.g. attribute=roles&value=DEP).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var admin = endpoints.MapGroup("/api/v1/admin/codelists").WithTags("Administration").RequireAuthorization(AccessPolicies.PlatformOperator);
        admin.MapPost("/{list}/import", ImportAsync)
            .WithName("ImportCodeList")
            .WithSummary("Imports an official codelist file (the request body, a JSON array; at most 20 MB) as the list's new content; answers what changed.")
            .WithMetadata(new RequestSizeLimitAttribute(CodeListFile.MaxBytes + (64 * 1024))) // a little over, so an oversize file gets our 413 with a reason
            .Accepts<byte[]>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        admin.MapGet("/{list}/imports", async (string list, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteQueryAsync(new ListCodeListImports(list), ct)))
            .WithName("ListCodeListImports")
            .WithSummary("The list's imports, newest first: file, SHA-256, who, when, what changed.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Results<Ok<CodeListImportDto>, ProblemHttpResult>> ImportAsync(
        string list, string? fileName, HttpRequest request, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct)
    {
        var content = await BoundedBody.ReadAsync(request.Body, CodeListFile.MaxBytes, ct);
        if (content is null)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The file is too large.", detail: $"A codelist file is at most {CodeListFile.MaxBytes / (1024 * 1024)} MB.");
        }

        var import = await declarations.ExecuteCommandAsync(
            new ImportCodeList(list, fileName ?? list + ".json", content, user.FindFirstValue(ClaimTypes.Email) ?? user.Identity?.Name ?? "operator"), ct);
        return TypedResults.Ok(import);
    }
}
