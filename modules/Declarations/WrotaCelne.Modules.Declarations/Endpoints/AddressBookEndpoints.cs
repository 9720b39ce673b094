using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.AddressBook;
using WrotaCelne.Plugins.Abstractions.Declarations;

namespace WrotaCelne.Modules.Declarations.Endpoints;

/// <summary>The address book of contractors and the goods catalogue.</summary>
internal static class AddressBookEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var contractors = endpoints.MapGroup("/api/v1/contractors").WithTags("Declarations");
        contractors.MapGet("/", async (string? q, int? take, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteQueryAsync(new ListContractors(user.Scope(), q, take ?? 50), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.View))
            .WithName("ListContractors")
            .WithSummary("Contractors whose name or EORI contains q, most recently used first (take ≤ 500).");
        contractors.MapPost("/", async (Party body, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
            {
                var saved = await declarations.ExecuteCommandAsync(new SaveContractor(user.Scope(), null, body), ct);
                return TypedResults.Created($"/api/v1/contractors/{saved.Id}", saved);
            })
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Create))
            .WithName("AddContractor")
            .WithSummary("Adds a contractor (a party: eori, name, address, contact); one per EORI, or per name and country without one.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        contractors.MapPut("/{contractorId:guid}", async (Guid contractorId, Party body, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteCommandAsync(new SaveContractor(user.Scope(), contractorId, body), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Edit))
            .WithName("ChangeContractor")
            .WithSummary("Changes a contractor.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        contractors.MapDelete("/{contractorId:guid}", async (Guid contractorId, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
            {
                await declarations.ExecuteCommandAsync(new DeleteContractor(user.Scope(), contractorId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Delete))
            .WithName("DeleteContractor")
            .WithSummary("Removes a contractor from the address book (declarations keep their copy).")
            .ProducesProblem(StatusCodes.Status404NotFound);

        var goods = endpoints.MapGroup("/api/v1/goods-catalogue").WithTags("Declarations");
        goods.MapGet("/", async (string? q, int? take, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteQueryAsync(new ListCatalogueGoods(user.Scope(), q, take ?? 50), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.View))
            .WithName("ListCatalogueGoods")
            .WithSummary("Catalogue goods whose description contains q or whose commodity code starts with it, most recently used first.");
        goods.MapPost("/", async (GoodsItem body, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
            {
                var saved = await declarations.ExecuteCommandAsync(new SaveCatalogueGoods(user.Scope(), null, body), ct);
                return TypedResults.Created($"/api/v1/goods-catalogue/{saved.Id}", saved);
            })
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Create))
            .WithName("AddCatalogueGoods")
            .WithSummary("Adds goods (a goods item: description, commodityCode, grossMass, netMass, packages[0].kind, countryOfOrigin).")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        goods.MapPut("/{goodsId:guid}", async (Guid goodsId, GoodsItem body, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteCommandAsync(new SaveCatalogueGoods(user.Scope(), goodsId, body), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Edit))
            .WithName("ChangeCatalogueGoods")
            .WithSummary("Changes catalogue goods.")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        goods.MapDelete("/{goodsId:guid}", async (Guid goodsId, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
            {
                await declarations.ExecuteCommandAsync(new DeleteCatalogueGoods(user.Scope(), goodsId), ct);
                return TypedResults.NoContent();
            })
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.Delete))
            .WithName("DeleteCatalogueGoods")
            .WithSummary("Removes goods from the catalogue.")
            .ProducesProblem(StatusCodes.Status404NotFound);
    }
}
