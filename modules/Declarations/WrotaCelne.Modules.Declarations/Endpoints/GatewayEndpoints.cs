using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.Exchange;

namespace WrotaCelne.Modules.Declarations.Endpoints;

/// <summary>The organization's way to the customs gateway.</summary>
internal static class GatewayEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var gateway = endpoints.MapGroup("/api/v1/declarations/gateway").WithTags("Declarations");
        gateway.MapGet("/", async (ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteQueryAsync(new GetGatewaySettings(user.Scope()), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.View))
            .WithName("GetGatewaySettings")
            .WithSummary("Which gateway environment the organization sends to (simulator, test, production) and as which PUESC login; the password is never shown.");
        gateway.MapPut("/", async (GatewaySettingsRequest body, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteCommandAsync(new SetGatewaySettings(user.Scope(), user.Actor(), body.Environment ?? "", body.Login, body.Password), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.ManageSettings))
            .WithName("SetGatewaySettings")
            .WithSummary("Chooses the gateway environment and the PUESC login; an empty password keeps the stored one (kept encrypted).")
            .ProducesValidationProblem();

        var declaration = endpoints.MapGroup("/api/v1/declarations/{declarationId:guid}").WithTags("Declarations");
        declaration.MapPost("/submit", async (Guid declarationId, SubmitRequest? body, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteCommandAsync(new SubmitDeclaration(user.Scope(), user.Actor(), declarationId, body?.CredentialId, body?.Secret), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Submit))
            .WithName("SubmitDeclaration")
            .WithSummary("Sends a declaration to the gateway: a draft is validated and signed with credentialId first (needs declarations.sign too), a signed one goes as signed. Queued with its outbox row in one transaction; the answers move it on.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        declaration.MapPost("/resend", async (Guid declarationId, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteCommandAsync(new ResendDeclaration(user.Scope(), user.Actor(), declarationId), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Submit))
            .WithName("ResendDeclaration")
            .WithSummary("Sends a declaration that needs attention again (after its cause was fixed).")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        declaration.MapGet("/messages", async (Guid declarationId, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteQueryAsync(new ListDeclarationMessages(user.Scope(), declarationId), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.View))
            .WithName("ListDeclarationMessages")
            .WithSummary("Every message in and out: the signed declaration, the gateway's receipt, the administration's answers with their errors.")
            .ProducesProblem(StatusCodes.Status404NotFound);
        declaration.MapGet("/messages/{messageId:guid}", async (Guid declarationId, Guid messageId, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
            {
                var file = await declarations.ExecuteQueryAsync(new GetExchangeMessage(user.Scope(), declarationId, messageId), ct);
                return TypedResults.File(file.Content, "application/xml", file.FileName);
            })
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.View))
            .WithName("GetExchangeMessage")
            .WithSummary("One message of the exchange, byte for byte.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}

internal sealed record SubmitRequest(Guid? CredentialId, string? Secret);

internal sealed record GatewaySettingsRequest(string? Environment, string? Login, string? Password);
