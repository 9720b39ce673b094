using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;

namespace WrotaCelne.Modules.Declarations.Endpoints;

/// <summary>
/// Declarations API. Until sign-in exists (Accounts), the organization is named in the request;
/// every read is still scoped by it, so another organization's id answers 404.
/// </summary>
internal static class DeclarationEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/declarations").WithTags("Declarations");
        group.MapPost("/", CreateAsync)
            .WithName("CreateDraft")
            .WithSummary("Starts a declaration draft (family transit, export or import; LRN unique within the organization).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", ListAsync).WithName("ListDrafts").WithSummary("Lists an organization's declarations, newest first.");
        group.MapGet("/{declarationId:guid}", GetAsync)
            .WithName("GetDraft")
            .WithSummary("Reads one declaration of the organization.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<Created<DraftDto>> CreateAsync(CreateDraft command, IDeclarationsModule declarations, CancellationToken cancellationToken)
    {
        var draft = await declarations.ExecuteCommandAsync(command, cancellationToken);
        return TypedResults.Created($"/api/v1/declarations/{draft.Id}?organizationId={draft.OrganizationId}", draft);
    }

    private static async Task<Ok<IReadOnlyList<DraftDto>>> ListAsync(Guid organizationId, IDeclarationsModule declarations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await declarations.ExecuteQueryAsync(new ListDrafts(organizationId), cancellationToken));

    private static async Task<Ok<DraftDto>> GetAsync(Guid declarationId, Guid organizationId, IDeclarationsModule declarations, CancellationToken cancellationToken) =>
        TypedResults.Ok(await declarations.ExecuteQueryAsync(new GetDraft(organizationId, declarationId), cancellationToken));
}
