using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WrotaCelne.IntegrationTests.Infrastructure;
using Xunit;

namespace WrotaCelne.IntegrationTests.Host;

public sealed class ModuleSwitchTests
{
    [Fact]
    public async Task A_switched_off_module_has_no_database_endpoints_pages_or_navigation()
    {
        await using var host = await TestHost.StartAsync(new Dictionary<string, string> { ["Modules:Billing:Enabled"] = "false" });

        Assert.False(File.Exists(Path.Combine(host.DataDirectory, "billing.db")));
        Assert.True(File.Exists(Path.Combine(host.DataDirectory, "accounts.db")));
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/api/v1/billing/plans")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await host.Client.GetAsync("/billing/plans")).StatusCode);
        Assert.DoesNotContain("/billing/plans", await host.Client.GetStringAsync("/"), StringComparison.Ordinal);

        var ready = await host.Client.GetFromJsonAsync<JsonElement>("/health/ready");
        Assert.DoesNotContain(ready.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "billing-db");

        var permissions = await host.Client.GetStringAsync("/api/v1/permissions");
        Assert.DoesNotContain("billing.", permissions, StringComparison.Ordinal);
        Assert.Contains("declarations.submit", permissions, StringComparison.Ordinal);

        // Accounts still works and its events are dispatched with nobody listening.
        var organization = await Api.RegisterOrganizationAsync(host.Client);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync($"/api/v1/organizations/{organization.GetProperty("id").GetGuid()}")).StatusCode);
    }
}
