namespace WrotaCelne.Host.Plugins;

/// <summary>What became of a plugin folder at start.</summary>
public enum PluginStatus
{
    /// <summary>Loaded, verified and answering.</summary>
    Active,

    /// <summary>Switched off by the operator (<c>Plugins:Disabled</c>).</summary>
    Disabled,

    /// <summary>Built for another SDK version or kind, or its entry type does not implement the SDK interface.</summary>
    Incompatible,

    /// <summary>A file differs from, is missing from or is not listed in the manifest's SHA-256 list.</summary>
    Tampered,

    /// <summary>The manifest or an assembly cannot be read, loaded or instantiated, or the plugin failed its first call.</summary>
    Malfunctioned,
}
