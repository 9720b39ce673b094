using System.Xml.Schema;
using WrotaCelne.Plugins.Abstractions.Xml;

namespace WrotaCelne.Plugins.Formats.Ncts.Schemas;

/// <summary>
/// The embedded official schemas, compiled once on first use. One set holds every message root the plugin writes or
/// reads; they share the type libraries (ctypes, htypes, stypes, tcl, doc).
/// </summary>
internal static class NctsSchemas
{
    private const string ResourcePrefix = "Ncts.Schemas.";

    private static readonly Lazy<XmlSchemaSet> Compiled = new(Compile, LazyThreadSafetyMode.ExecutionAndPublication);

    public static XmlSchemaSet Set => Compiled.Value;

    private static XmlSchemaSet Compile()
    {
        var roots = NctsMessages.Outbound.Concat(NctsMessages.Inbound).Select(type => type.ToLowerInvariant() + ".xsd");
        return SafeXml.CompileSchemas(Open, roots);
    }

    private static Stream? Open(string fileName) =>
        typeof(NctsSchemas).Assembly.GetManifestResourceStream(ResourcePrefix + fileName);
}
