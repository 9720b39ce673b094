using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.BuildingBlocks.Infrastructure.Export;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Accounts.Contracts.Audit;
using WrotaCelne.Modules.Accounts.Infrastructure;
using Xunit;

namespace WrotaCelne.IntegrationTests.Accounts;

public sealed class AuditLogTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Sign_ins_and_operator_actions_are_recorded_with_who_what_and_where()
    {
        var stranger = $"stranger-{Guid.NewGuid():N}@example.com";
        await TestHost.SignInAsync(Host.NewClient(), stranger, "guessing");
        var organization = await Api.RegisterOrganizationAsync(Host.Client, "Audytowana Sp. z o.o.");

        var entries = await Host.Client.GetFromJsonAsync<List<AuditEntryDto>>("/api/v1/admin/audit");
        var failed = Assert.Single(entries!, e => e.Actor == stranger);
        Assert.Equal("sign-in.failed", failed.Action);
        Assert.Equal("127.0.0.1", failed.IpAddress);
        Assert.Contains(entries!, e => e.Action == "second-factor.enabled" && e.Actor == TestHost.OperatorEmail);
        Assert.Contains(entries!, e => e.Action == "operator.created");
        var registered = Assert.Single(entries!, e => e.Action == "organization.registered" && e.Details.Contains(organization.GetProperty("id").GetGuid().ToString(), StringComparison.Ordinal));
        Assert.Equal(TestHost.OperatorEmail, registered.Actor);
        Assert.True(registered.OccurredAtUtc > DateTime.UtcNow.AddMinutes(-1));
    }

    [Fact]
    public async Task The_log_filters_by_action_and_text()
    {
        var stranger = $"filter-{Guid.NewGuid():N}@example.com";
        await TestHost.SignInAsync(Host.NewClient(), stranger, "guessing");
        var byText = await Host.Client.GetFromJsonAsync<List<AuditEntryDto>>($"/api/v1/admin/audit?text={Uri.EscapeDataString(stranger)}");
        Assert.Equal(stranger, Assert.Single(byText!).Actor);
        var byAction = await Host.Client.GetFromJsonAsync<List<AuditEntryDto>>("/api/v1/admin/audit?action=second-factor.enabled");
        Assert.All(byAction!, e => Assert.Equal("second-factor.enabled", e.Action));
        Assert.NotEmpty(byAction!);
    }

    [Fact]
    public async Task The_csv_export_never_lets_a_cell_run_as_a_formula()
    {
        var hostile = $"=HYPERLINK(\"http://evil.example\",\"x\")-{Guid.NewGuid():N}@x.pl";
        await TestHost.SignInAsync(Host.NewClient(), hostile, "guessing");
        var response = await Host.Client.GetAsync("/api/v1/admin/audit/export.csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        Assert.StartsWith("\uFEFFtime_utc,", csv, StringComparison.Ordinal);
        var line = Assert.Single(csv.Split("\r\n"), l => l.Contains("evil.example", StringComparison.Ordinal));
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+48 600", "'+48 600")]
    [InlineData("-5", "'-5")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Kowalski, Jan", "\"Kowalski, Jan\"")]
    [InlineData("plain", "plain")]
    public void Csv_cells_are_escaped(string value, string expected) => Assert.Equal(expected, Csv.Cell(value));

    [Fact]
    public async Task Audit_entries_cannot_be_changed_or_removed()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
        var entry = await db.AuditEntries.FirstAsync();
        db.AuditEntries.Remove(entry);
        await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync());
    }

    [Fact]
    public async Task Only_operators_read_the_platform_log()
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.NewClient().GetAsync("/api/v1/admin/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.NewClient().GetAsync("/api/v1/admin/audit/export.csv")).StatusCode);
        var page = await Host.NewClient().GetAsync("/accounts/audit");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        var html = await Host.Client.GetStringAsync("/accounts/audit?action=second-factor.enabled");
        Assert.Contains("second-factor.enabled", html, StringComparison.Ordinal);
        Assert.Contains("id=\"audit-export\"", html, StringComparison.Ordinal);
    }
}
