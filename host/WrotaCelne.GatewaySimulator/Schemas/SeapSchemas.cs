using System.Text;
using System.Xml.Linq;
using System.Xml.Schema;
using WrotaCelne.Plugins.Abstractions.Xml;

namespace WrotaCelne.GatewaySimulator.Schemas;

/// <summary>The schema of the port's messages: the <c>xs:schema</c> inside the embedded WS_PULL.wsdl and the WS_CHANNEL.xsd it imports.</summary>
internal static class SeapSchemas
{
    private const string ServiceSchema = "WS_PULL.schema.xsd";

    private static readonly Lazy<XmlSchemaSet> Compiled = new(Compile, LazyThreadSafetyMode.ExecutionAndPublication);

    public static XmlSchemaSet Set => Compiled.Value;

    /// <summary>
    /// The WSDL's inline schema as a document of its own. Its QName attribute values (<c>type="xs:string"</c>) use
    /// prefixes declared on wsdl:definitions, so those declarations are copied onto the schema element.
    /// </summary>
    public static XElement InlineSchema(XDocument wsdl)
    {
        XNamespace xs = "http://www.w3.org/2001/XMLSchema";
        var inline = wsdl.Descendants(xs + "schema").First();
        var schema = new XElement(inline);
        foreach (var declaration in inline.Ancestors().SelectMany(a => a.Attributes()).Where(a => a.IsNamespaceDeclaration))
        {
            if (schema.Attribute(declaration.Name) is null)
            {
                schema.Add(new XAttribute(declaration.Name, declaration.Value));
            }
        }

        return schema;
    }

    private static XmlSchemaSet Compile()
    {
        using var wsdlStream = Open("Seap.Schemas.WS_PULL.wsdl")!;
        var schema = Encoding.UTF8.GetBytes(InlineSchema(XDocument.Load(wsdlStream)).ToString());
        return SafeXml.CompileSchemas(
            name => name switch
            {
                ServiceSchema => new MemoryStream(schema),
                "WS_CHANNEL.xsd" => Open("Seap.Schemas.WS_CHANNEL.xsd"),
                _ => null,
            },
            [ServiceSchema]);
    }

    private static Stream? Open(string resource) => typeof(SeapSchemas).Assembly.GetManifestResourceStream(resource);
}
