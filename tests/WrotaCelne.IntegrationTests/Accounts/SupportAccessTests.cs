using System.Net;
using System.Net.Http.Json;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Declarations.Contracts.Archive;
using WrotaCelne.Modules.Accounts.Contracts.Audit;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using Xunit;

namespace WrotaCelne.IntegrationTests.Accounts;

/// <summary>Operators never read a customer's declarations unless the customer grants support access, and then only read.</summary>
public sealed class SupportAccessTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task An_operator_looks_read_only_at_a_customer_only_while_the_customer_allows_it()
    {
        var (administrator, organizationId) = await Host.NewOrganizationAdministratorAsync("Wspierana");
        await administrator.PostAsJsonAsync("/api/v1/declarations", new { family = "transit", lrn = "WSP-1" });
        var console = await Host.NewOperatorClientAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await console.GetAsync("/api/v1/declarations")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await console.PostAsync($"/api/v1/admin/support-access/{organizationId}/enter", null)).StatusCode);

        var tooLong = await administrator.PostAsJsonAsync("/api/v1/organization/support-access", new { days = 90 });
        Assert.Equal("support.days", (await Api.JsonAsync(tooLong)).GetProperty("codes").GetProperty("days")[0].GetString());
        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsJsonAsync("/api/v1/organization/support-access", new { days = 2 })).StatusCode);
        Assert.Contains((await console.GetFromJsonAsync<List<SupportAccessDto>>("/api/v1/admin/support-access"))!, a => a.OrganizationId == organizationId);

        Assert.Equal(HttpStatusCode.OK, (await console.PostAsync($"/api/v1/admin/support-access/{organizationId}/enter", null)).StatusCode);
        var seen = (await console.GetFromJsonAsync<DeclarationPage>("/api/v1/declarations"))!.Items;
        Assert.Equal(["WSP-1"], seen.Select(d => d.Lrn));
        Assert.Equal(HttpStatusCode.Forbidden, (await console.PostAsJsonAsync("/api/v1/declarations", new { family = "transit", lrn = "OPERATOR-1" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await console.GetAsync("/api/v1/users")).StatusCode); // the organization's users stay its own
        Assert.Contains("id=\"support-banner\"", await console.GetStringAsync("/declarations"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await console.GetAsync("/api/v1/admin/plugins")).StatusCode); // still an operator

        Assert.Equal(HttpStatusCode.NoContent, (await administrator.DeleteAsync("/api/v1/organization/support-access")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await console.GetAsync("/api/v1/declarations")).StatusCode);

        var log = (await administrator.GetFromJsonAsync<List<AuditEntryDto>>("/api/v1/audit"))!;
        Assert.Contains(log, e => e.Action == "support-access.granted");
        Assert.Contains(log, e => e.Action == "support-access.entered" && e.Actor == TestHost.OperatorEmail);
        Assert.Contains(log, e => e.Action == "support-access.revoked");
        Assert.Contains((await console.GetFromJsonAsync<List<AuditEntryDto>>("/api/v1/admin/audit?action=support-access.entered"))!, e => e.Details.Contains("Wspierana", StringComparison.Ordinal));

        // A later grant does not let an operator who never left back in unasked: entering again is a new, logged visit.
        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsJsonAsync("/api/v1/organization/support-access", new { days = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await console.GetAsync("/api/v1/declarations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await console.PostAsync($"/api/v1/admin/support-access/{organizationId}/enter", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await console.GetAsync("/api/v1/declarations")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await console.PostAsync("/api/v1/admin/support-access/leave", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await console.GetAsync("/api/v1/declarations")).StatusCode);
        Assert.Equal(2, (await administrator.GetFromJsonAsync<List<AuditEntryDto>>("/api/v1/audit?action=support-access.entered"))!.Count);
    }
}
