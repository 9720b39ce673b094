namespace WrotaCelne.Plugins.Abstractions.Formats;

/// <summary>What the host tells a format plugin when it configures it.</summary>
/// <param name="SchemaDirectory">
/// A folder for this plugin's official schemas (XSD) that the operator installs; it may not exist. A plugin that
/// cannot validate without them says so in a warning on every result rather than passing silently.
/// </param>
public sealed record FormatPluginContext(string SchemaDirectory);
