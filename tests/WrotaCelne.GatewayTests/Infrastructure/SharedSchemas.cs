using System.Text;
using System.Xml.Linq;
using System.Xml.Schema;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Plugins.Abstractions.Xml;

namespace WrotaCelne.GatewayTests.Infrastructure;

/// <summary>
/// The published schemas read from the shared specifications (never the product's embedded copies): the xs:schema inside
/// WS_PULL.wsdl with the WS_CHANNEL.xsd it imports, and the official NCTS P5 XSDs.
/// </summary>
internal static class SharedSchemas
{
    private static readonly Lazy<XmlSchemaSet> SeapSet = new(CompileSeap);
    private static readonly Lazy<XmlSchemaSet> NctsSet = new(CompileNcts);

    public static XmlSchemaSet Seap => SeapSet.Value;

    public static XmlSchemaSet Ncts => NctsSet.Value;

    /// <summary>Schema errors of an envelope's body: the operation element, or for a fault the detail's element.</summary>
    public static IReadOnlyList<string> EnvelopeBodyErrors(byte[] envelope)
    {
        var root = XDocument.Parse(Encoding.UTF8.GetString(envelope)).Root!;
        Assert.Equal(SeapNames.Soap + "Envelope", root.Name);
        var payload = root.Element(SeapNames.Soap + "Body")!.Elements().Single();
        if (payload.Name == SeapNames.Soap + "Fault")
        {
            payload = payload.Element("detail")!.Elements().Single();
        }

        return SafeXml.Validate(new XDocument(new XElement(payload)), Seap).Select(e => $"{e.Pointer}: {e.Message}").ToList();
    }

    public static IReadOnlyList<string> NctsErrors(byte[] message) =>
        SafeXml.Validate(XDocument.Parse(Encoding.UTF8.GetString(message)), Ncts).Select(e => $"{e.Pointer}: {e.Message}").ToList();

    private static XmlSchemaSet CompileSeap()
    {
        var folder = Path.Combine(SharedFiles.Directory, "specs", "seap");
        var wsdl = XDocument.Load(Path.Combine(folder, "WS_PULL.wsdl"));
        XNamespace xs = "http://www.w3.org/2001/XMLSchema";
        var inline = wsdl.Descendants(xs + "schema").Single();
        var schema = new XElement(inline);
        // QName values such as type="xs:string" use prefixes declared on wsdl:definitions.
        foreach (var declaration in wsdl.Root!.Attributes().Where(a => a.IsNamespaceDeclaration && schema.Attribute(a.Name) is null))
        {
            schema.Add(new XAttribute(declaration.Name, declaration.Value));
        }

        var schemaBytes = Encoding.UTF8.GetBytes(schema.ToString());
        return SafeXml.CompileSchemas(
            name => name == "inline.xsd" ? new MemoryStream(schemaBytes) : File.OpenRead(Path.Combine(folder, name)),
            ["inline.xsd"]);
    }

    private static XmlSchemaSet CompileNcts()
    {
        var folder = Path.Combine(SharedFiles.Directory, "specs", "ncts-p5");
        return SafeXml.CompileSchemas(
            name => File.Exists(Path.Combine(folder, name)) ? File.OpenRead(Path.Combine(folder, name)) : null,
            ["cc015c.xsd", "cc028c.xsd", "cc029c.xsd", "cc045c.xsd", "cc056c.xsd"]);
    }
}
