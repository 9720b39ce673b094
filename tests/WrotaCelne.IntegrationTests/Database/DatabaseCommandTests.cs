using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;
using WrotaCelne.IntegrationTests.Infrastructure;
using Xunit;

namespace WrotaCelne.IntegrationTests.Database;

/// <summary>The host's operator commands, run as separate processes against real data directories.</summary>
public sealed class DatabaseCommandTests
{
    private static readonly string[] ModuleDatabases = ["accounts.db", "billing.db", "declarations.db", "support.db"];

    [Fact]
    public async Task Help_lists_the_commands()
    {
        var (exit, output, _) = await HostProcess.RunAsync("--help");
        Assert.Equal(0, exit);
        Assert.Contains("migrate", output, StringComparison.Ordinal);
        Assert.Contains("backup", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_creates_every_module_database_and_is_idempotent()
    {
        var data = TempDirectory.Create("migrate");
        var (exit, output, error) = await HostProcess.RunAsync("migrate", $"--DataDirectory={data}");
        Assert.True(exit == 0, error);
        Assert.Contains("Accounts: applied", output, StringComparison.Ordinal);
        Assert.All(ModuleDatabases, f => Assert.True(File.Exists(Path.Combine(data, f)), f));

        var again = await HostProcess.RunAsync("migrate", $"--DataDirectory={data}");
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(4, again.Output.Split("up to date").Length - 1);
    }

    [Fact]
    public async Task Backup_of_a_running_host_restores_into_a_working_install()
    {
        var data = TempDirectory.Create("live");
        var backup = Path.Combine(TempDirectory.Create("backups"), "2026-11-25");
        Guid organizationId;
        string operatorPassword, operatorKey;
        await using (var host = await TestHost.StartAsync(dataDirectory: data))
        {
            operatorPassword = host.OperatorPassword;
            operatorKey = host.OperatorAuthenticatorKey;
            organizationId = (await Api.RegisterOrganizationAsync(host.Client, "Kopia Zapasowa Sp. z o.o.")).GetProperty("id").GetGuid();
            await TestHost.EventuallyAsync(async () => (await host.Client.GetAsync($"/api/v1/billing/accounts/{organizationId}")).IsSuccessStatusCode ? "ok" : null);

            var schema = Path.Combine(data, "schemas", "wrotacelne.format.aes", "cc515c.xsd");
            Directory.CreateDirectory(Path.GetDirectoryName(schema)!);
            await File.WriteAllTextAsync(schema, "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"/>");

            var (exit, output, error) = await HostProcess.RunAsync("backup", "-o", backup, "--DataDirectory", data);
            Assert.True(exit == 0, error + output);
        }

        Assert.All(ModuleDatabases, f => Assert.True(File.Exists(Path.Combine(backup, f)), f));
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(backup, "keys"), "*.xml"));
        Assert.True(File.Exists(Path.Combine(backup, "schemas", "wrotacelne.format.aes", "cc515c.xsd")), "the installed schemas are part of the backup");
        foreach (var file in ModuleDatabases)
        {
            Assert.Equal("ok", await SqliteBackup.IntegrityCheckAsync(Path.Combine(backup, file), CancellationToken.None));
        }

        var manifest = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(backup, "backup.json"))).RootElement;
        Assert.Contains(manifest.GetProperty("files").EnumerateArray(), f => f.GetProperty("name").GetString() == "schemas/wrotacelne.format.aes/cc515c.xsd");
        Assert.Equal(ModuleDatabases.Length, manifest.GetProperty("files").EnumerateArray().Count(f => f.GetProperty("name").GetString()!.EndsWith(".db", StringComparison.Ordinal)));

        // Restore as the README says: copy the backup's files into an empty data directory and start.
        var restored = TempDirectory.Create("restored");
        TempDirectory.CopyTree(backup, restored);
        await using var restoredHost = await TestHost.StartAsync(dataDirectory: restored);
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.SignInWithSecondFactorAsync(restoredHost.Client, TestHost.OperatorEmail, operatorPassword, operatorKey)).StatusCode);
        var organization = await restoredHost.Client.GetFromJsonAsync<JsonElement>($"/api/v1/organizations/{organizationId}");
        Assert.Equal("Kopia Zapasowa Sp. z o.o.", organization.GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, (await restoredHost.Client.GetAsync($"/api/v1/billing/accounts/{organizationId}")).StatusCode);
    }

    [Fact]
    public async Task Backup_refuses_a_folder_that_is_not_empty()
    {
        var data = TempDirectory.Create("refuse");
        Assert.Equal(0, (await HostProcess.RunAsync("migrate", $"--DataDirectory={data}")).ExitCode);
        var target = TempDirectory.Create("not-empty");
        await File.WriteAllTextAsync(Path.Combine(target, "accounts.db"), "keep me");

        var (exit, _, error) = await HostProcess.RunAsync("backup", "--output", target, $"--DataDirectory={data}");
        Assert.Equal(1, exit);
        Assert.Contains("not empty", error, StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(Path.Combine(target, "accounts.db")));
    }

    [Fact]
    public async Task Backup_without_output_folder_is_a_usage_error()
    {
        var (exit, _, error) = await HostProcess.RunAsync("backup");
        Assert.NotEqual(0, exit);
        Assert.Contains("--output", error, StringComparison.Ordinal);
    }
}
