using WrotaCelne.Plugins.Abstractions.Xml;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

/// <summary>How a signed document is read.</summary>
public sealed record XadesVerificationOptions
{
    public static XadesVerificationOptions Default { get; } = new();

    /// <summary>Size and nesting limits of the document.</summary>
    public XmlLimits Limits { get; init; } = XmlLimits.Default;
}
