namespace WrotaCelne.Plugins.Abstractions;

/// <summary>Common surface of every plugin entry type. The host creates the entry type with its public parameterless constructor.</summary>
public interface IPlugin
{
    /// <summary>Stable identifier, equal to <c>id</c> in plugin.json (for example <c>wrotacelne.format.ncts-p5</c>).</summary>
    string Id { get; }

    /// <summary>Human-readable name shown in the admin console.</summary>
    string DisplayName { get; }
}
