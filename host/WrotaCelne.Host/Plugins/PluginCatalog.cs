using McMaster.NETCore.Plugins;
using WrotaCelne.BuildingBlocks.Infrastructure.Plugins;
using WrotaCelne.Host.Composition;
using WrotaCelne.Plugins.Abstractions;

namespace WrotaCelne.Host.Plugins;

/// <summary>Every plugin folder found at start and its status. Loaders live as long as the process (no unloading in v1).</summary>
public sealed class PluginCatalog(HostSettings settings, ILogger<PluginCatalog> logger) : IActivePlugins, IDisposable
{
    private readonly List<PluginLoader> _loaders = [];
    private IReadOnlyList<LoadedPlugin> _plugins = [];

    public IReadOnlyList<LoadedPlugin> Plugins => _plugins;

    public string Directory => settings.PluginsDirectory;

    /// <summary>Operator-installed official schemas, one folder per plugin id; inside the data directory so backups hold them.</summary>
    public string SchemasDirectory => Path.Combine(settings.DataDirectory, SchemasFolder);

    /// <summary>The schemas folder's name inside the data directory.</summary>
    public const string SchemasFolder = "schemas";

    public IReadOnlyList<T> Active<T>()
        where T : class, IPlugin =>
        _plugins.Where(p => p.Status == PluginStatus.Active).Select(p => p.Instance).OfType<T>().ToList();

    internal void LoadAll()
    {
        if (!System.IO.Directory.Exists(settings.PluginsDirectory))
        {
            logger.LogWarning("The plugins directory {Directory} does not exist; no plugins are loaded", settings.PluginsDirectory);
            _plugins = [];
            return;
        }

        var folderLoader = new PluginFolderLoader(settings.DisabledPlugins, SchemasDirectory);
        var plugins = new List<LoadedPlugin>();
        foreach (var folder in System.IO.Directory.EnumerateDirectories(settings.PluginsDirectory).Order(StringComparer.Ordinal))
        {
            LoadedPlugin plugin;
            PluginLoader? loader;
            try
            {
                (plugin, loader) = folderLoader.Load(folder);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The loader turns known failures into statuses; anything else still must not stop the host.
                (plugin, loader) = (new LoadedPlugin(folder, Path.GetFileName(folder), null, null, null, PluginStatus.Malfunctioned, $"{e.GetType().Name}: {e.Message}", null, null), null);
            }

            if (loader is not null)
            {
                _loaders.Add(loader);
            }

            if (plugins.Any(p => p.Id == plugin.Id && p.Status == PluginStatus.Active) && plugin.Status == PluginStatus.Active)
            {
                plugin = plugin with { Status = PluginStatus.Incompatible, Reason = $"Another folder already provides plugin '{plugin.Id}'.", Instance = null };
            }

            plugins.Add(plugin);
            if (plugin.Status == PluginStatus.Active)
            {
                logger.LogInformation("Plugin {PluginId} {Version} from {Folder}: {Status}", plugin.Id, plugin.Version, folder, plugin.Status);
            }
            else
            {
                logger.LogWarning("Plugin {PluginId} from {Folder}: {Status} ({Reason})", plugin.Id, folder, plugin.Status, plugin.Reason);
            }
        }

        _plugins = plugins;
    }

    public void Dispose()
    {
        foreach (var loader in _loaders)
        {
            loader.Dispose();
        }
    }
}
