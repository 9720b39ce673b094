namespace WrotaCelne.Plugins.Abstractions;

/// <summary>
/// The model of <c>plugin.json</c>, the manifest that sits next to a plugin's assemblies.
/// Property names are written in camelCase in the file.
/// </summary>
public sealed record PluginManifest
{
    /// <summary>Manifest file name inside a plugin folder.</summary>
    public const string FileName = "plugin.json";

    /// <summary>Stable plugin identifier (lower case, dots and dashes).</summary>
    public required string Id { get; init; }

    /// <summary><c>format</c> or <c>signing</c>.</summary>
    public required string Kind { get; init; }

    /// <summary>Plugin version (semantic version).</summary>
    public required string Version { get; init; }

    /// <summary>SDK versions the plugin works with, e.g. <c>[1.0,2.0)</c> (interval notation, lower bound inclusive).</summary>
    public required string SdkVersionRange { get; init; }

    /// <summary>File name of the assembly holding the entry type.</summary>
    public required string EntryAssembly { get; init; }

    /// <summary>Full name of the type implementing the plugin interface.</summary>
    public required string EntryType { get; init; }

    /// <summary>Who publishes the plugin.</summary>
    public required string Publisher { get; init; }

    /// <summary>SHA-256 (lower-case hex) of every file in the folder except plugin.json, keyed by relative path with forward slashes.</summary>
    public required IReadOnlyDictionary<string, string> Files { get; init; }
}
