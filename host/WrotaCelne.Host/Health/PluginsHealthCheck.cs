using Microsoft.Extensions.Diagnostics.HealthChecks;
using WrotaCelne.Host.Plugins;

namespace WrotaCelne.Host.Health;

/// <summary>Healthy when every plugin folder loaded (or was disabled on purpose); Degraded, with the reasons, when one did not.</summary>
internal sealed class PluginsHealthCheck(PluginCatalog catalog) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = catalog.Plugins.ToDictionary(p => Path.GetFileName(p.Folder), p => (object)p.Status.ToString(), StringComparer.Ordinal);
        var broken = catalog.Plugins.Where(p => p.Status is not (PluginStatus.Active or PluginStatus.Disabled)).ToList();
        return Task.FromResult(broken.Count == 0
            ? HealthCheckResult.Healthy($"{catalog.Plugins.Count(p => p.Status == PluginStatus.Active)} plugin(s) active.", data)
            : HealthCheckResult.Degraded(string.Join("; ", broken.Select(p => $"{p.Id}: {p.Status} ({p.Reason})")), data: data));
    }
}
