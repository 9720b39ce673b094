using System.Text;
using System.Xml.Schema;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Abstractions.Xml;
using Xunit;

namespace WrotaCelne.FormatTests.Xml;

/// <summary>The SDK's one reader of outside XML: every hostile input is an error value, never an exception or a resolved entity.</summary>
public sealed class SafeXmlTests
{
    [Theory]
    [InlineData("external entity", FormatProblemCodes.DtdProhibited)]
    [InlineData("billion laughs", FormatProblemCodes.DtdProhibited)]
    [InlineData("deep nesting", FormatProblemCodes.TooDeep)]
    [InlineData("100 MB", FormatProblemCodes.TooLarge)]
    [InlineData("wrong namespace", FormatProblemCodes.UnexpectedRoot)]
    [InlineData("malformed", FormatProblemCodes.Malformed)]
    [InlineData("empty", FormatProblemCodes.Malformed)]
    public void Hostile_input_is_an_error_value(string what, string code)
    {
        var result = SafeXml.Load(HostileXml.Make(what, "CC028C"), expectedNamespace: HostileXml.Namespace);

        Assert.False(result.Succeeded, what);
        Assert.Null(result.Value);
        Assert.Equal(code, Assert.Single(result.Errors).Code);
    }

    [Fact]
    public void A_document_just_under_the_limits_loads()
    {
        var limits = new XmlLimits { MaxBytes = 2 * 1024 * 1024, MaxDepth = 20 };

        Assert.True(SafeXml.Load(HostileXml.Deep("CC028C", 19), limits).Succeeded);
        Assert.Equal(FormatProblemCodes.TooDeep, Assert.Single(SafeXml.Load(HostileXml.Deep("CC028C", 20), limits).Errors).Code);
        Assert.True(SafeXml.Load(HostileXml.Huge("CC028C", 1), limits).Succeeded);
    }

    [Fact]
    public void The_expected_root_name_is_checked()
    {
        var content = Encoding.UTF8.GetBytes($"<ncts:CC029C xmlns:ncts=\"{HostileXml.Namespace}\"/>");

        var result = SafeXml.Load(content, expectedNamespace: HostileXml.Namespace, expectedRoots: ["CC028C"]);

        var error = Assert.Single(result.Errors);
        Assert.Equal(FormatProblemCodes.UnexpectedRoot, error.Code);
        Assert.Equal("/CC029C", error.Pointer);
    }

    [Fact]
    public void Schema_errors_name_the_element_they_are_in()
    {
        var schemas = SafeXml.CompileSchemas(
            name => name == "t.xsd" ? new MemoryStream(Encoding.UTF8.GetBytes("""
                <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t" xmlns="urn:t" elementFormDefault="unqualified">
                  <xs:element name="R"><xs:complexType><xs:sequence>
                    <xs:element name="Item" maxOccurs="9"><xs:complexType><xs:sequence>
                      <xs:element name="mass" type="xs:decimal"/>
                    </xs:sequence></xs:complexType></xs:element>
                  </xs:sequence></xs:complexType></xs:element>
                </xs:schema>
                """)) : null,
            ["t.xsd"]);
        var content = Encoding.UTF8.GetBytes("<t:R xmlns:t=\"urn:t\"><Item><mass>1</mass></Item><Item><mass>heavy</mass></Item></t:R>");

        var result = SafeXml.Load(content, schemas: schemas);

        var error = Assert.Single(result.Errors);
        Assert.Equal(FormatProblemCodes.SchemaInvalid, error.Code);
        Assert.Equal("/R/Item[2]/mass", error.Pointer);
        Assert.True(SafeXml.Load(Encoding.UTF8.GetBytes("<t:R xmlns:t=\"urn:t\"><Item><mass>1.5</mass></Item></t:R>"), schemas: schemas).Succeeded);
    }

    [Fact]
    public void Schemas_cannot_reach_beyond_what_the_caller_opens()
    {
        var schema = """
            <xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="urn:t">
              <xs:include schemaLocation="http://example.com/evil.xsd"/>
            </xs:schema>
            """;

        Assert.ThrowsAny<Exception>(() => SafeXml.CompileSchemas(n => n == "t.xsd" ? new MemoryStream(Encoding.UTF8.GetBytes(schema)) : null, ["t.xsd"]));
    }

    [Fact]
    public void Namespace_declarations_survive_loading()
    {
        var content = Encoding.UTF8.GetBytes($"<ncts:CC028C xmlns:ncts=\"{HostileXml.Namespace}\" PhaseID=\"NCTS5.0\"><messageSender>NTA.PL</messageSender></ncts:CC028C>");

        var document = SafeXml.Load(content).Value!;

        Assert.Equal(HostileXml.Namespace, document.Root!.Name.NamespaceName);
        Assert.Equal("NCTS5.0", (string?)document.Root.Attribute("PhaseID"));
        Assert.Equal("NTA.PL", (string?)document.Root.Element("messageSender"));
    }
}
