using Microsoft.Extensions.Configuration;

namespace WrotaCelne.Host.Composition;

/// <summary>The host's own settings, resolved to absolute paths once at start.</summary>
public sealed record HostSettings(string DataDirectory, string PluginsDirectory, IReadOnlySet<string> DisabledPlugins, bool MigrateOnStart, TimeSpan MessagingPollInterval, string SchedulerName)
{
    public static HostSettings From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var data = configuration["DataDirectory"];
        var plugins = configuration["Plugins:Directory"];
        var seconds = configuration.GetValue("Messaging:PollIntervalSeconds", 1.0);
        return new HostSettings(
            Path.GetFullPath(string.IsNullOrWhiteSpace(data) ? "data" : data),
            Path.GetFullPath(string.IsNullOrWhiteSpace(plugins) ? Path.Combine(AppContext.BaseDirectory, "plugins") : plugins),
            configuration.GetSection("Plugins:Disabled").Get<string[]>()?.ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [],
            configuration.GetValue("Database:MigrateOnStart", true),
            TimeSpan.FromSeconds(Math.Clamp(seconds, 0.05, 3600)),
            configuration["Jobs:SchedulerName"] is { Length: > 0 } name ? name : "WrotaCelne");
    }
}
