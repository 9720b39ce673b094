using WrotaCelne.Plugins.Abstractions;

namespace WrotaCelne.Host.Plugins;

/// <summary>One plugin folder and what the loader made of it. <see cref="Instance"/> is set only when Active.</summary>
public sealed record LoadedPlugin(
    string Folder,
    string Id,
    string? Kind,
    string? Version,
    string? Publisher,
    PluginStatus Status,
    string Reason,
    IPlugin? Instance,
    object? Capabilities);
