using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using WrotaCelne.IntegrationTests.Infrastructure;
using Xunit;

namespace WrotaCelne.IntegrationTests.Plugins;

public sealed class BrokenPluginHostTests
{
    [Fact]
    public async Task Garbage_and_tampered_plugins_leave_the_host_running_and_are_reported()
    {
        var plugins = TempDirectory.Create("host-plugins");
        PluginFolders.CopyOf(PluginFolders.KeyFile, plugins);
        var tampered = PluginFolders.CopyOf(PluginFolders.Ncts, plugins);
        PluginFolders.FlipOneByte(Path.Combine(tampered, "WrotaCelne.Plugins.Formats.Ncts.dll"));
        PluginFolders.Garbage(plugins, withManifest: false);
        PluginFolders.Garbage(plugins, withManifest: true);

        await using var host = await TestHost.StartAsync(new Dictionary<string, string> { ["Plugins:Directory"] = plugins });

        var statuses = (await host.Client.GetFromJsonAsync<JsonElement>("/api/v1/admin/plugins"))
            .EnumerateArray().ToDictionary(p => p.GetProperty("folder").GetString()!, p => p.GetProperty("status").GetString());
        Assert.Equal("Active", statuses[PluginFolders.KeyFile]);
        Assert.Equal("Tampered", statuses[PluginFolders.Ncts]);
        Assert.Equal("Malfunctioned", statuses["garbage"]);
        Assert.Equal("Malfunctioned", statuses["garbage-with-manifest"]);

        var ready = await host.Client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        var body = await Api.JsonAsync(ready);
        Assert.Equal("Degraded", body.GetProperty("status").GetString());

        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/support")).StatusCode);
        var page = await host.Client.GetStringAsync("/admin/plugins");
        Assert.Contains("status-tampered", page, StringComparison.Ordinal);
        Assert.Contains("status-malfunctioned", page, StringComparison.Ordinal);
    }
}
