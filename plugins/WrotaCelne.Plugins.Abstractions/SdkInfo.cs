namespace WrotaCelne.Plugins.Abstractions;

/// <summary>Version of the plugin SDK the host implements. Plugins declare the range they accept in plugin.json.</summary>
public static class SdkInfo
{
    /// <summary>The SDK version (semantic: major.minor.patch). Major changes break plugins; minor versions only add members.</summary>
    public static Version Current { get; } = new(1, 2, 0);
}
