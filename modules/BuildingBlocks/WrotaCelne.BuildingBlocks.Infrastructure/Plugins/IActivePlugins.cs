using WrotaCelne.Plugins.Abstractions;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Plugins;

/// <summary>The plugins the host loaded and verified, for modules that call them (format plugins, signing providers).</summary>
public interface IActivePlugins
{
    /// <summary>Every active plugin of kind <typeparamref name="T"/>.</summary>
    IReadOnlyList<T> Active<T>()
        where T : class, IPlugin;
}
