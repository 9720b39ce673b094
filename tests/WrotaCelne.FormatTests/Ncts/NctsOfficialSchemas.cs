using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using WrotaCelne.IntegrationTests.Infrastructure;

namespace WrotaCelne.FormatTests.Ncts;

/// <summary>
/// The official NCTS P5 schemas read straight from ../shared/specs/ncts-p5, not from the plugin's embedded copy, so a
/// test checks the plugin's output against the originals.
/// </summary>
internal static class NctsOfficialSchemas
{
    public static string Folder { get; } = Path.Combine(SharedFiles.Directory, "specs", "ncts-p5");

    private static readonly Lazy<XmlSchemaSet> All = new(() =>
    {
        var set = new XmlSchemaSet { XmlResolver = new XmlUrlResolver() };
        foreach (var file in Directory.GetFiles(Folder, "cc*.xsd"))
        {
            set.Add("http://ncts.dgtaxud.ec", file);
        }

        set.Compile();
        return set;
    });

    public static XmlSchemaSet Set => All.Value;

    /// <summary>Every schema error of <paramref name="xml"/>, as text; empty when it is valid.</summary>
    public static IReadOnlyList<string> Errors(byte[] xml)
    {
        var errors = new List<string>();
        var settings = new XmlReaderSettings { ValidationType = ValidationType.Schema, Schemas = Set, DtdProcessing = DtdProcessing.Prohibit };
        settings.ValidationEventHandler += (_, e) => errors.Add($"{e.Severity} line {e.Exception?.LineNumber}: {e.Message}");
        using var reader = XmlReader.Create(new MemoryStream(xml), settings);
        while (reader.Read())
        {
        }

        return errors;
    }

    public static IReadOnlyList<string> Errors(XDocument document)
    {
        using var buffer = new MemoryStream();
        document.Save(buffer);
        return Errors(buffer.ToArray());
    }
}
