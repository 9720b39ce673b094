using System.Xml.Schema;
using WrotaCelne.Plugins.Abstractions.Xml;

namespace WrotaCelne.GatewaySimulator.Schemas;

/// <summary>The official NCTS P5 schemas embedded from the NCTS plugin's folder: what a CC015C is checked against and what the answers must match.</summary>
internal static class NctsSchemas
{
    public const string Namespace = "http://ncts.dgtaxud.ec";

    private const string Prefix = "Ncts.Schemas.";

    private static readonly Lazy<XmlSchemaSet> Compiled = new(Compile, LazyThreadSafetyMode.ExecutionAndPublication);

    public static XmlSchemaSet Set => Compiled.Value;

    /// <summary>The message roots with an embedded schema (cc015c.xsd → CC015C).</summary>
    public static IReadOnlyList<string> Roots { get; } = typeof(NctsSchemas).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith(Prefix + "cc", StringComparison.Ordinal))
        .Select(n => n[Prefix.Length..^".xsd".Length].ToUpperInvariant())
        .Order(StringComparer.Ordinal)
        .ToList();

    private static XmlSchemaSet Compile() =>
        SafeXml.CompileSchemas(
            name => typeof(NctsSchemas).Assembly.GetManifestResourceStream(Prefix + name),
            Roots.Select(r => r.ToLowerInvariant() + ".xsd"));
}
