using System.Net;
using System.Net.Http.Json;
using System.Text;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Accounts.Contracts.Audit;
using Xunit;

namespace WrotaCelne.IntegrationTests.Accounts;

/// <summary>An organization's administrators and auditors read and export its own log, and nothing else.</summary>
public sealed class OrganizationAuditTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Administrators_and_auditors_see_their_organizations_log_and_only_it()
    {
        var (administrator, organizationId) = await Host.NewOrganizationAdministratorAsync("Audyt A");
        var (other, _) = await Host.NewOrganizationAdministratorAsync("Audyt B");
        var auditor = await Member.AddAsync(Host, administrator, "Auditor", displayName: "Anna Audytor");
        var clerk = await Member.AddAsync(Host, administrator, "Operator");
        await administrator.PostAsJsonAsync("/api/v1/roles", new { name = "Rola A", permissions = new[] { "declarations.view" } });
        await administrator.PostAsync($"/api/v1/users/{clerk.Id}/disable", null);
        await TestHost.SignInAsync(Host.NewClient(), clerk.Email, "a-wrong-password");

        var entries = (await auditor.Client.GetFromJsonAsync<List<AuditEntryDto>>("/api/v1/audit"))!;
        Assert.All(entries, e => Assert.Equal(organizationId, e.OrganizationId));
        Assert.Contains(entries, e => e.Action == "user.created" && e.Details.Contains(auditor.Email, StringComparison.Ordinal));
        Assert.Contains(entries, e => e.Action == "role.created" && e.Details.Contains("Rola A", StringComparison.Ordinal));
        var disabled = Assert.Single(entries, e => e.Action == "user.disabled");
        Assert.NotEqual(clerk.Email, disabled.Actor); // who did it: the administrator
        Assert.Contains(clerk.Email, disabled.Details, StringComparison.Ordinal);
        Assert.Contains(entries, e => e.Action == "sign-in.failed" && e.Actor == clerk.Email && e.IpAddress == "127.0.0.1");
        Assert.Contains(entries, e => e.Action == "sign-in.succeeded" && e.Actor == auditor.Email);
        Assert.Contains(entries, e => e.Action == "password.changed" && e.Actor == auditor.Email);

        var otherEntries = (await other.GetFromJsonAsync<List<AuditEntryDto>>("/api/v1/audit"))!;
        Assert.DoesNotContain(otherEntries, e => e.OrganizationId == organizationId);
        Assert.DoesNotContain(entries, e => e.Scope == "Platform");

        var filtered = (await administrator.GetFromJsonAsync<List<AuditEntryDto>>("/api/v1/audit?action=user.disabled"))!;
        Assert.Equal("user.disabled", Assert.Single(filtered).Action);

        var operatorUser = await Member.AddAsync(Host, administrator, "Operator");
        Assert.Equal(HttpStatusCode.Forbidden, (await operatorUser.Client.GetAsync("/api/v1/audit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Host.Client.GetAsync("/api/v1/audit")).StatusCode); // operators read the platform log, not a customer's
        Assert.Contains("user.disabled", await auditor.Client.GetStringAsync("/accounts/audit"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_organizations_csv_export_escapes_cells_a_spreadsheet_would_run()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync("Audyt CSV");
        await administrator.PostAsJsonAsync("/api/v1/roles", new { name = "=HYPERLINK(\"http://evil.example\")", permissions = new[] { "declarations.view" } });
        await Member.AddAsync(Host, administrator, "Operator", displayName: "@SUM(1+1)");

        var response = await administrator.GetAsync("/api/v1/audit/export.csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync());
        var lines = csv.Split("\r\n");
        Assert.Contains(lines, l => l.Contains("role.created", StringComparison.Ordinal) && l.Contains("\"'=HYPERLINK(", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(",=", StringComparison.Ordinal) || l.Contains(",@", StringComparison.Ordinal) || l.Contains(",\"=", StringComparison.Ordinal));
    }
}
