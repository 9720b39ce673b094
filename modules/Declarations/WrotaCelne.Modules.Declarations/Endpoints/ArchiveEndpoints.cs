using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.BuildingBlocks.Infrastructure.Display;
using WrotaCelne.BuildingBlocks.Infrastructure.Export;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Declarations.Contracts;
using WrotaCelne.Modules.Declarations.Contracts.Archive;

namespace WrotaCelne.Modules.Declarations.Endpoints;

/// <summary>The archive: search with filters and paging, and the same list as CSV.</summary>
internal static class ArchiveEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/declarations").WithTags("Declarations");
        group.MapGet("/", async ([AsParameters] ArchiveRequest request, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
                TypedResults.Ok(await declarations.ExecuteQueryAsync(new SearchDeclarations(user.Scope(), request.ToFilter(), request.Page ?? 1, request.PageSize ?? 50), ct)))
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.View))
            .WithName("SearchDeclarations")
            .WithSummary("Searches the archive: family, status, lrn (beginning), mrn, party (names and EORI), office, from/to (days in Warsaw time, both included), user, branch, q (party names and goods), sort (newest, oldest, lrn, updated), page, pageSize (≤ 200).")
            .ProducesValidationProblem();
        group.MapGet("/export.csv", async ([AsParameters] ArchiveRequest request, ClaimsPrincipal user, IDeclarationsModule declarations, CancellationToken ct) =>
            {
                var rows = await declarations.ExecuteQueryAsync(new ExportDeclarations(user.Scope(), request.ToFilter()), ct);
                return TypedResults.File(ToCsv(rows), "text/csv; charset=utf-8", $"declarations-{DateTime.UtcNow:yyyyMMdd-HHmm}.csv");
            })
            .RequireAuthorization(AccessPolicies.Permission(DeclarationsPermissions.View))
            .WithName("ExportDeclarations")
            .WithSummary("The same search as CSV (at most 100,000 rows); cells a spreadsheet would run as formulas are escaped.")
            .ProducesValidationProblem();
    }

    public static byte[] ToCsv(IEnumerable<DeclarationSummaryDto> rows) =>
        Csv.Write(
            ["lrn", "mrn", "family", "type", "status", "office", "counterpart", "created_warsaw", "created_by", "updated_warsaw", "id"],
            rows.Select(d => (IReadOnlyList<string?>)
            [
                d.Lrn, d.Mrn, d.Family, d.DeclarationType, d.Status, d.Office, d.Counterpart, WarsawTime.Show(d.CreatedAtUtc), d.CreatedBy, WarsawTime.Show(d.UpdatedAtUtc), d.Id.ToString(),
            ]));
}

/// <summary>The archive's query string.</summary>
internal sealed record ArchiveRequest(
    string? Family,
    string? Status,
    string? Lrn,
    string? Mrn,
    string? Party,
    string? Office,
    DateOnly? From,
    DateOnly? To,
    Guid? User,
    Guid? Branch,
    string? Q,
    string? Sort,
    int? Page,
    int? PageSize)
{
    public DeclarationFilter ToFilter() =>
        new(Family, Status, Lrn, Mrn, Party, Office, From is { } from ? WarsawTime.StartOfDayUtc(from) : null, To is { } to ? WarsawTime.StartOfDayUtc(to.AddDays(1)) : null, User, Branch, Q, Sort);
}
