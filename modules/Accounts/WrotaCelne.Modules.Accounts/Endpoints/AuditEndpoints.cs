using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WrotaCelne.BuildingBlocks.Infrastructure.Display;
using WrotaCelne.BuildingBlocks.Infrastructure.Export;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Audit;

namespace WrotaCelne.Modules.Accounts.Endpoints;

internal static class AuditEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/admin/audit").WithTags("Administration").RequireAuthorization(AccessPolicies.PlatformOperator);
        group.MapGet("/", async (DateTime? fromUtc, DateTime? toUtc, string? action, string? text, IAccountsModule accounts, CancellationToken ct) =>
                TypedResults.Ok(await accounts.ExecuteQueryAsync(new ListPlatformAuditEntries(fromUtc, toUtc, action, text), ct)))
            .WithName("ListPlatformAudit")
            .WithSummary("Platform events of the audit log, newest first (platform operators).");
        group.MapGet("/export.csv", async (DateTime? fromUtc, DateTime? toUtc, string? action, string? text, IAccountsModule accounts, CancellationToken ct) =>
            {
                var entries = await accounts.ExecuteQueryAsync(new ListPlatformAuditEntries(fromUtc, toUtc, action, text, Limit: 10_000), ct);
                return TypedResults.File(ToCsv(entries), "text/csv; charset=utf-8", $"audit-{DateTime.UtcNow:yyyyMMdd-HHmm}.csv");
            })
            .WithName("ExportPlatformAudit")
            .WithSummary("The same entries as CSV; cells that a spreadsheet would run as formulas are escaped.");

        var own = endpoints.MapGroup("/api/v1/audit").WithTags("Accounts").RequireAuthorization(AccessPolicies.Permission(AccountsPermissions.ViewAudit));
        own.MapGet("/", async (DateTime? fromUtc, DateTime? toUtc, string? action, string? text, IAccountsModule accounts, CancellationToken ct) =>
                TypedResults.Ok(await accounts.ExecuteQueryAsync(new ListOrganizationAuditEntries(fromUtc, toUtc, action, text), ct)))
            .WithName("ListOrganizationAudit")
            .WithSummary("The caller's organization's audit log, newest first.");
        own.MapGet("/export.csv", async (DateTime? fromUtc, DateTime? toUtc, string? action, string? text, IAccountsModule accounts, CancellationToken ct) =>
            {
                var entries = await accounts.ExecuteQueryAsync(new ListOrganizationAuditEntries(fromUtc, toUtc, action, text, Limit: 10_000), ct);
                return TypedResults.File(ToCsv(entries), "text/csv; charset=utf-8", $"audit-{DateTime.UtcNow:yyyyMMdd-HHmm}.csv");
            })
            .WithName("ExportOrganizationAudit")
            .WithSummary("The organization's entries as CSV; cells that a spreadsheet would run as formulas are escaped.");
    }

    public static byte[] ToCsv(IEnumerable<AuditEntryDto> entries) =>
        Csv.Write(
            ["time_utc", "time_warsaw", "actor", "action", "details", "organization", "ip_address"],
            entries.Select(e => (IReadOnlyList<string?>)
            [
                e.OccurredAtUtc.ToString("O", CultureInfo.InvariantCulture), WarsawTime.Show(e.OccurredAtUtc), e.Actor, e.Action, e.Details, e.OrganizationId?.ToString(), e.IpAddress,
            ]));
}
