using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.IntegrationTests.Infrastructure;
using Xunit;

namespace WrotaCelne.IntegrationTests.Host;

public sealed class HostStartupTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private static readonly string[] ModuleDatabases = ["accounts.db", "declarations.db", "support.db", "billing.db"];

    private TestHost Host => fixture.Host;

    [Fact]
    public void Start_creates_the_data_directory_with_one_database_per_module()
    {
        foreach (var file in ModuleDatabases)
        {
            Assert.True(File.Exists(Path.Combine(Host.DataDirectory, file)), $"{file} is missing");
        }
    }

    [Fact]
    public async Task Module_databases_are_in_wal_mode_with_migrations_applied()
    {
        foreach (var file in ModuleDatabases)
        {
            await using var connection = new SqliteConnection($"Data Source={Path.Combine(Host.DataDirectory, file)};Mode=ReadOnly;Pooling=False");
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA journal_mode;";
            Assert.Equal("wal", (string)(await command.ExecuteScalarAsync())!);
            command.CommandText = "SELECT count(*) FROM sqlite_master WHERE name IN ('outbox_messages', 'inbox_messages', '__ef_migrations_history');";
            Assert.Equal(3L, (long)(await command.ExecuteScalarAsync())!);
        }
    }

    [Fact]
    public async Task Live_answers_200()
    {
        var response = await Host.Client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_checks_every_module_database_and_the_plugins()
    {
        var response = await Host.Client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await Api.JsonAsync(response);
        Assert.Equal("Healthy", body.GetProperty("status").GetString());
        var checks = body.GetProperty("checks").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!, c => c.GetProperty("status").GetString());
        Assert.Equal(
            ["accounts-db", "accounts-messaging", "billing-db", "billing-messaging", "declarations-db", "declarations-messaging", "plugins", "support-db", "support-messaging"],
            checks.Keys.Order(StringComparer.Ordinal));
        Assert.All(checks.Values, s => Assert.Equal("Healthy", s));
    }

    [Fact]
    public async Task Plugins_endpoint_lists_the_built_in_plugins_as_active()
    {
        var plugins = await Host.Client.GetFromJsonAsync<JsonElement>("/api/v1/admin/plugins");
        var byId = plugins.EnumerateArray().ToDictionary(p => p.GetProperty("id").GetString()!, p => p);
        Assert.Equal("Active", byId["wrotacelne.format.ncts-p5"].GetProperty("status").GetString());
        Assert.Equal("NCTS2", byId["wrotacelne.format.ncts-p5"].GetProperty("capabilities").GetProperty("targetSystem").GetString());
        Assert.Equal("Active", byId["wrotacelne.signing.keyfile"].GetProperty("status").GetString());
        Assert.Equal("pkcs12", byId["wrotacelne.signing.keyfile"].GetProperty("capabilities").GetProperty("keyStoreKind").GetString());
        Assert.Equal("Active", byId["wrotacelne.signing.pkcs11"].GetProperty("status").GetString());
        Assert.Equal("pkcs11", byId["wrotacelne.signing.pkcs11"].GetProperty("capabilities").GetProperty("keyStoreKind").GetString());
    }

    [Fact]
    public async Task OpenApi_document_describes_the_v1_api_only()
    {
        var document = await Host.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var paths = document.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.All(paths, p => Assert.StartsWith("/api/v1/", p, StringComparison.Ordinal));
        Assert.Contains("/api/v1/organizations", paths);
        Assert.Contains("/api/v1/declarations", paths);
        Assert.Contains("/api/v1/support/tickets", paths);
        Assert.Contains("/api/v1/billing/plans", paths);
        Assert.Contains("/api/v1/admin/plugins", paths);
    }

    [Theory]
    [InlineData("/", false)]
    [InlineData("/accounts/organizations", false)]
    [InlineData("/accounts/roles", false)]
    [InlineData("/accounts/audit", false)]
    [InlineData("/declarations", true)]
    [InlineData("/support", true)]
    [InlineData("/support/training", false)]
    [InlineData("/billing/plans", false)]
    [InlineData("/admin/plugins", false)]
    public async Task Every_module_page_renders_inside_the_shell(string path, bool asCustomer)
    {
        var client = asCustomer ? (await Host.NewOrganizationAdministratorAsync()).Client : Host.Client;
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("class=\"shell-nav\"", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"pl\">", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Shell_navigation_in_polish_links_every_module()
    {
        var html = WebUtility.HtmlDecode(await Host.Client.GetStringAsync("/"));
        foreach (var link in new[] { "Organizacje", "Pomoc", "Szkolenia", "Cennik", "Role", "Dziennik zdarzeń", "Wtyczki" })
        {
            Assert.Contains(link, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Plugins_page_shows_each_plugin_with_its_status()
    {
        var html = await Host.Client.GetStringAsync("/admin/plugins");
        Assert.Contains("wrotacelne.format.ncts-p5", html, StringComparison.Ordinal);
        Assert.Contains("wrotacelne.format.aes", html, StringComparison.Ordinal);
        Assert.Contains("wrotacelne.format.ais", html, StringComparison.Ordinal);
        Assert.Contains("wrotacelne.signing.keyfile", html, StringComparison.Ordinal);
        Assert.Contains("wrotacelne.signing.pkcs11", html, StringComparison.Ordinal);
        Assert.Equal(5, html.Split("class=\"status-active\"").Length - 1);
    }

    [Fact]
    public async Task Ready_fails_while_migrations_are_not_applied()
    {
        await using var host = await TestHost.StartAsync(new Dictionary<string, string> { ["Database:MigrateOnStart"] = "false" });
        var response = await host.Client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await Api.JsonAsync(response);
        Assert.Contains(body.GetProperty("checks").EnumerateArray(), c => c.GetProperty("name").GetString() == "accounts-db"
            && c.GetProperty("status").GetString() == "Unhealthy"
            && c.GetProperty("description").GetString()!.Contains("migrate", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/health/live")).StatusCode);
    }

    /// <summary>A model change without its migration would leave installs on an old schema: every module's migrations must match its model.</summary>
    [Fact]
    public async Task Every_module_model_matches_its_migrations()
    {
        await using var scope = Host.Services.CreateAsyncScope();
        foreach (var module in scope.ServiceProvider.GetRequiredService<WrotaCelne.Host.Composition.EnabledModules>().Installers)
        {
            var db = (Microsoft.EntityFrameworkCore.DbContext)scope.ServiceProvider.GetRequiredService(module.DbContextType);
            Assert.False(Microsoft.EntityFrameworkCore.RelationalDatabaseFacadeExtensions.HasPendingModelChanges(db.Database), $"{module.Name} has model changes without a migration (build/add-migration.sh {module.Name} <Name>).");
        }
    }
}
