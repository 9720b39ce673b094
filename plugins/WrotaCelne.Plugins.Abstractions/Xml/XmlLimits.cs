namespace WrotaCelne.Plugins.Abstractions.Xml;

/// <summary>Limits for reading untrusted XML.</summary>
public sealed record XmlLimits
{
    /// <summary>15 MB (the gateway's own limit) and 64 levels of nesting.</summary>
    public static XmlLimits Default { get; } = new();

    /// <summary>Largest accepted content in bytes.</summary>
    public long MaxBytes { get; init; } = 15 * 1024 * 1024;

    /// <summary>Deepest accepted element nesting (the root is level 1).</summary>
    public int MaxDepth { get; init; } = 64;
}
