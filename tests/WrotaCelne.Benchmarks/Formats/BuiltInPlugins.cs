using Microsoft.Extensions.Logging.Abstractions;
using WrotaCelne.Host.Composition;
using WrotaCelne.Host.Plugins;

namespace WrotaCelne.Benchmarks.Formats;

/// <summary>The built-in plugin folders beside the benchmark, loaded by the host's own loader (manifest, hashes, SDK range, load context).</summary>
internal static class BuiltInPlugins
{
    public static PluginCatalog Load(string purpose)
    {
        var catalog = new PluginCatalog(
            new HostSettings(Path.Combine(Path.GetTempPath(), $"wrotacelne-bench-{purpose}"), Path.Combine(AppContext.BaseDirectory, "plugins"), new HashSet<string>(), false, TimeSpan.FromSeconds(1), "bench"),
            NullLogger<PluginCatalog>.Instance);
        catalog.LoadAll();
        return catalog;
    }
}
