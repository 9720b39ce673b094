namespace WrotaCelne.Plugins.Abstractions;

/// <summary>Kinds of plugin, as written in plugin.json (<c>format</c> or <c>signing</c>).</summary>
public enum PluginKind
{
    /// <summary>A message-format plugin implementing <see cref="IMessageFormatPlugin"/>.</summary>
    Format = 1,

    /// <summary>A signing-provider plugin implementing <see cref="ISigningProvider"/>.</summary>
    Signing = 2,
}
