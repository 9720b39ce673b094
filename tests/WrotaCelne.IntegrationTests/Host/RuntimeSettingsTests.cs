using System.Text.Json;
using WrotaCelne.IntegrationTests.Infrastructure;
using Xunit;

namespace WrotaCelne.IntegrationTests.Host;

/// <summary>Runtime settings the host's performance depends on (build/MessageHeap.props): the built host carries them.</summary>
public sealed class RuntimeSettingsTests
{
    [Fact]
    public void The_host_keeps_messages_of_up_to_a_mebibyte_off_the_large_object_heap_and_runs_server_gc()
    {
        var runtimeConfig = Path.ChangeExtension(HostProcess.HostDll(), ".runtimeconfig.json");
        using var json = JsonDocument.Parse(File.ReadAllText(runtimeConfig));
        var properties = json.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties");

        Assert.True(properties.GetProperty("System.GC.LOHThreshold").GetInt64() >= 1024 * 1024, "A 116 KiB message's canonical form would go to the large object heap.");
        Assert.True(properties.GetProperty("System.GC.Server").GetBoolean());
    }
}
