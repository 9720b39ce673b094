using System.Net;
using System.Net.Http.Json;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Accounts.Contracts.Audit;
using WrotaCelne.Modules.Declarations.Contracts.Exchange;
using Xunit;

namespace WrotaCelne.IntegrationTests.Declarations;

/// <summary>Each organization chooses its gateway environment and PUESC login; the password is kept encrypted and never shown.</summary>
public sealed class GatewaySettingsTests : IAsyncLifetime
{
    private const string TestAddress = "https://seap-test.example.invalid/wsChannel";
    private TestHost _host = null!;

    public async Task InitializeAsync() =>
        _host = await TestHost.StartAsync(new Dictionary<string, string> { ["Modules:Declarations:Gateway:Test"] = TestAddress });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task An_organization_starts_on_the_simulator_and_moves_to_an_environment_the_operator_configured()
    {
        var (administrator, _) = await _host.NewOrganizationAdministratorAsync();
        var initial = (await administrator.GetFromJsonAsync<GatewaySettingsDto>("/api/v1/declarations/gateway"))!;
        Assert.Equal(("simulator", false, (string?)null), (initial.Environment, initial.PasswordStored, initial.Address));
        Assert.Equal(["simulator", "test"], initial.Available);

        await AssertRefusedAsync(administrator, new { environment = "production", login = "agencja", password = "x" }, "environment", "gateway.environmentUnavailable");
        await AssertRefusedAsync(administrator, new { environment = "staging" }, "environment", "gateway.environmentUnknown");
        await AssertRefusedAsync(administrator, new { environment = "test", login = "agencja" }, "password", "gateway.passwordRequired");
        await AssertRefusedAsync(administrator, new { environment = "test", password = "x" }, "login", "required");

        var saved = await administrator.PutAsJsonAsync("/api/v1/declarations/gateway", new { environment = "test", login = "agencja.celna", password = "Tajne-Haslo-PUESC" });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var raw = await saved.Content.ReadAsStringAsync();
        Assert.DoesNotContain("Tajne-Haslo-PUESC", raw, StringComparison.Ordinal);
        var settings = (await saved.Content.ReadFromJsonAsync<GatewaySettingsDto>())!;
        Assert.Equal(("test", "agencja.celna", true, TestAddress), (settings.Environment, settings.Login, settings.PasswordStored, settings.Address));

        // Changing the login alone keeps the stored password.
        var kept = (await (await administrator.PutAsJsonAsync("/api/v1/declarations/gateway", new { environment = "test", login = "agencja.druga" })).Content.ReadFromJsonAsync<GatewaySettingsDto>())!;
        Assert.True(kept.PasswordStored);
        Assert.Contains((await administrator.GetFromJsonAsync<List<AuditEntryDto>>("/api/v1/audit?action=gateway.settings-changed"))!, e => e.Details.Contains("agencja.druga", StringComparison.Ordinal));
        foreach (var file in Directory.GetFiles(_host.DataDirectory, "declarations.db*"))
        {
            await using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, System.Text.Encoding.Latin1);
            Assert.DoesNotContain("Tajne-Haslo-PUESC", await reader.ReadToEndAsync(), StringComparison.Ordinal);
        }

        var (other, _) = await _host.NewOrganizationAdministratorAsync("Inna agencja");
        Assert.Equal("simulator", (await other.GetFromJsonAsync<GatewaySettingsDto>("/api/v1/declarations/gateway"))!.Environment);
    }

    [Fact]
    public async Task Only_those_who_manage_declaration_settings_change_the_gateway_and_the_page_shows_it_in_polish()
    {
        var (administrator, _) = await _host.NewOrganizationAdministratorAsync();
        var clerk = await Member.AddAsync(_host, administrator, "Operator");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.Client.PutAsJsonAsync("/api/v1/declarations/gateway", new { environment = "simulator" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.Client.GetAsync("/api/v1/declarations/gateway")).StatusCode);

        var token = await TestHost.AntiforgeryTokenAsync(administrator, "/declarations/gateway");
        var refused = await administrator.PostAsync("/declarations/gateway", new FormUrlEncodedContent(new Dictionary<string, string> { ["Environment"] = "test", ["Login"] = "", ["__RequestVerificationToken"] = token }));
        Assert.Contains("Podaj hasło PUESC tego loginu.", System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        var page = await administrator.GetStringAsync("/declarations/gateway");
        Assert.Contains("Symulator bramki (wbudowany)", System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"gateway-settings\"", await clerk.Client.GetStringAsync("/declarations/gateway"), StringComparison.Ordinal);
    }

    private static async Task AssertRefusedAsync(HttpClient administrator, object body, string field, string code)
    {
        var response = await administrator.PutAsJsonAsync("/api/v1/declarations/gateway", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await Api.JsonAsync(response)).GetProperty("codes").GetProperty(field)[0].GetString());
    }
}
