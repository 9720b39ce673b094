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
    }
}

internal sealed record GatewaySettingsRequest(string? Environment, string? Login, string? Password);
