using Microsoft.Extensions.Configuration;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Modules;

/// <summary>What the host tells a module when it installs it.</summary>
/// <param name="Configuration">The whole application configuration.</param>
/// <param name="DataDirectory">Absolute path of the data directory (module databases live here).</param>
/// <param name="MessagingPollInterval">How often each module's messaging job looks at its outbox and inbox.</param>
public sealed record ModuleContext(IConfiguration Configuration, string DataDirectory, TimeSpan MessagingPollInterval)
{
    /// <summary>The module's own configuration section, <c>Modules:&lt;Name&gt;</c>.</summary>
    public IConfigurationSection ModuleSection(string moduleName) => Configuration.GetSection($"Modules:{moduleName}");
}
