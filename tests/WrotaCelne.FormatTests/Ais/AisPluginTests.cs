using System.Text;
using System.Xml.Linq;
using WrotaCelne.FormatTests.Data;
using WrotaCelne.FormatTests.Generation;
using WrotaCelne.FormatTests.Xml;
using WrotaCelne.IntegrationTests.Declarations;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Formats.Ais;
using Xunit;

namespace WrotaCelne.FormatTests.Ais;

/// <summary>ZC415 out, ZC429 and PW429 in, files imported, schemas installed or not, hostile XML.</summary>
public sealed class AisPluginTests
{
    private static readonly AisFormatPlugin Plugin = Messages.Configured<AisFormatPlugin>();

    [Fact]
    public void The_descriptor_lists_the_messages_and_the_namespace()
    {
        var descriptor = Plugin.Describe();

        Assert.Equal("AIS", descriptor.TargetSystem);
        Assert.Equal([DeclarationFamily.Import], descriptor.Families);
        Assert.Equal(["ZC415"], descriptor.OutboundMessageTypes);
        Assert.Equal(["ZC429", "PW429"], descriptor.InboundMessageTypes);
        Assert.Equal(["ZC415"], descriptor.ImportableMessageTypes);
        Assert.Equal(AisMessages.Ns, descriptor.MessageNamespace);
    }

    [Fact]
    public void The_sample_import_declaration_becomes_a_zc415()
    {
        var result = Plugin.Serialize(Messages.Request("ZC415", SampleDeclarations.Import()));

        Assert.True(result.Succeeded);
        Assert.Equal(("ZC415", "AIS", "ZC415_WC_2026_I_0001.xml"), (result.Value!.MessageType, result.Value.TargetSystem, result.Value.FileName));
        var root = XDocument.Parse(Encoding.UTF8.GetString(result.Value.Content)).Root!;
        Assert.Equal(XName.Get("ZC415", AisMessages.Ns), root.Name);
        Assert.Equal("WC/2026/I/0001", root.Element("ImportOperation")!.Element("LRN")!.Value);
        Assert.Null(root.Element("ImportOperation")!.Element("security"));
        Assert.Equal("PL321010", root.Element("CustomsOfficeOfLodgement")!.Element("referenceNumber")!.Value);
        Assert.Equal("Hurtownia Wschód Sp. z o.o.", root.Element("Importer")!.Element("name")!.Value);
        var item = root.Element("GoodsShipment")!.Element("GoodsItem")!;
        Assert.Equal("CN", item.Element("countryOfOrigin")!.Value);
        Assert.Equal(["940180", "00", "00"], item.Element("Commodity")!.Element("CommodityCode")!.Elements().Select(e => e.Value));
        Assert.Equal("26PL321010000001J4", item.Element("PreviousDocument")!.Element("referenceNumber")!.Value);
        Assert.Equal("40", item.Element("Procedure")!.Element("requestedProcedure")!.Value);
    }

    [Fact]
    public void Missing_data_is_reported_with_canonical_json_paths()
    {
        var declaration = SampleDeclarations.Import();
        declaration.Offices.Import = null;
        declaration.Parties.Importer = null;
        declaration.Items[0].CountryOfOrigin = null;
        declaration.Items[0].Description = " ";
        declaration.Items[0].CommodityCode = "94018000001";

        var result = Plugin.Serialize(Messages.Request("ZC415", declaration));

        Assert.Equal(
            [
                ("declaration.missing-data", "$.offices.import"), ("declaration.missing-data", "$.parties.importer"),
                ("declaration.missing-data", "$.items[0].countryOfOrigin"), ("declaration.missing-data", "$.items[0].description"),
                ("declaration.invalid-format", "$.items[0].commodityCode"),
            ],
            result.Errors.Select(e => (e.Code, e.Pointer)));
    }

    [Fact]
    public void Export_only_data_is_named_as_not_sent()
    {
        var declaration = SampleDeclarations.Import();
        declaration.Parties.Consignee = new Party { Eori = "PL526104082800000" };
        declaration.Consignment.DepartureTransportMeans = [new TransportMeans { IdentificationNumber = "WX 1234A" }];

        var result = Plugin.Serialize(Messages.Request("ZC415", declaration));

        Assert.True(result.Succeeded);
        Assert.Equal(
            ["$.parties.consignee.eori", "$.consignment.departureTransportMeans[0].identificationNumber"],
            result.Warnings.Where(w => w.Code == FormatProblemCodes.MissingData).Select(w => w.Pointer));
    }

    [Fact]
    public void Export_declarations_and_other_messages_are_refused()
    {
        Assert.Equal("declaration.wrong-family", Assert.Single(Plugin.Serialize(Messages.Request("ZC415", SampleDeclarations.Export())).Errors).Code);
        Assert.Equal(FormatProblemCodes.NotSupported, Assert.Single(Plugin.Serialize(Messages.Request("CC515C", SampleDeclarations.Import())).Errors).Code);
    }

    [Fact]
    public void Zc429_certifies_the_declaration_with_its_mrn()
    {
        var result = Plugin.Parse(Messages.Inbound(AisMessages.Message("ZC429", $"""
            <ImportOperation><LRN>WC/2026/I/0001</LRN><MRN>{AisMessages.Mrn}</MRN><acceptanceDate>2026-06-02T13:55:00</acceptanceDate></ImportOperation>
            <CustomsOfficeOfLodgement><referenceNumber>PL321010</referenceNumber></CustomsOfficeOfLodgement>
            <DutiesAndTaxes><type>B00</type><payableAmount>1234.00</payableAmount></DutiesAndTaxes>
            """)));

        Assert.True(result.Succeeded);
        var n = result.Value!;
        Assert.Equal(("ZC429", NotificationKind.MrnAllocated), (n.MessageType, n.Kind));
        Assert.Equal(("WC/2026/I/0001", AisMessages.Mrn, "PL321010"), (n.Lrn, n.Mrn, n.Office));
        Assert.Equal("AIS-ZC429-7", n.MessageIdentification);
        Assert.Null(n.CorrelationIdentifier);
        Assert.Equal(new DateTimeOffset(2026, 6, 2, 13, 55, 0, TimeSpan.FromHours(2)), n.DecisionAt);
        Assert.Equal(new DateTimeOffset(2026, 6, 2, 14, 0, 0, TimeSpan.FromHours(2)), n.PreparedAt);
        Assert.Equal([FormatProblemCodes.SchemaAbsent], result.Warnings.Select(w => w.Code));
    }

    [Fact]
    public void Pw429_releases_the_goods_and_needs_an_mrn()
    {
        var released = Plugin.Parse(Messages.Inbound(AisMessages.Message("PW429", $"<ImportOperation><MRN>{AisMessages.Mrn}</MRN><releaseDate>2026-06-02</releaseDate></ImportOperation>")));
        var incomplete = Plugin.Parse(Messages.Inbound(AisMessages.Message("PW429", "<ImportOperation><LRN>WC/2026/I/0001</LRN></ImportOperation>")));

        Assert.Equal((NotificationKind.Released, AisMessages.Mrn, null), (released.Value!.Kind, released.Value.Mrn, released.Value.Lrn));
        Assert.Equal(new DateTimeOffset(2026, 6, 2, 0, 0, 0, TimeSpan.FromHours(2)), released.Value.DecisionAt);
        Assert.Null(released.Value.Office);
        Assert.Equal(("answer.incomplete", "/PW429/ImportOperation/MRN"), (Assert.Single(incomplete.Errors).Code, incomplete.Errors[0].Pointer));
    }

    [Fact]
    public void A_zc415_file_imports_with_unmapped_parts_reported()
    {
        var sent = Plugin.Serialize(Messages.Request("ZC415", ImportDeclarations.Generate(42))).Value!.Content;
        var document = XDocument.Parse(Encoding.UTF8.GetString(sent));
        document.Root!.Element("GoodsShipment")!.Element("GoodsItem")!.Add(new XElement("ValuationAdjustment", new XElement("code", "A1")));
        document.Root.Element("ImportOperation")!.Element("declarationType")!.Value = string.Empty;

        var result = Plugin.Import(Messages.Inbound(Encoding.UTF8.GetBytes(document.ToString())));

        Assert.True(result.Succeeded);
        Assert.Equal(ImportDeclarations.Generate(42).Lrn, result.Value!.Declaration.Lrn);
        Assert.Equal(DeclarationFamily.Import, result.Value.Declaration.Family);
        Assert.Null(result.Value.Declaration.DeclarationType);
        var unmapped = Assert.Single(result.Value.Unmapped);
        Assert.Equal(("import.unmapped", "/ZC415/GoodsShipment/GoodsItem/ValuationAdjustment"), (unmapped.Code, unmapped.Pointer));
    }

    [Fact]
    public void Installed_schemas_validate_zc415_and_a_stricter_one_refuses_with_the_element_path()
    {
        using var folder = new SchemaFolder().WithCopy("Ais", "ais-test-messages.xsd").WithCopy("Ais", "ais-test-types.xsd");
        using var strict = new SchemaFolder().WithCopy("Ais", "ais-test-messages.xsd").WithCopy("Ais", "ais-test-types.xsd", x => x.Replace("<xs:maxLength value=\"22\"/>", "<xs:maxLength value=\"8\"/>", StringComparison.Ordinal));
        var plugin = new AisFormatPlugin();
        var strictPlugin = new AisFormatPlugin();
        plugin.Configure(new FormatPluginContext(folder.Path));
        strictPlugin.Configure(new FormatPluginContext(strict.Path));

        var valid = Enumerable.Range(1, 60).Select(seed => plugin.Serialize(Messages.Request("ZC415", ImportDeclarations.Generate(seed)))).ToList();
        var refused = strictPlugin.Serialize(Messages.Request("ZC415", SampleDeclarations.Import()));

        Assert.All(valid, r => Assert.True(r.Succeeded && r.Warnings.Count == 0, string.Join("\n", r.Errors.Concat(r.Warnings).Select(e => e.Message))));
        var error = Assert.Single(refused.Errors);
        Assert.Equal((FormatProblemCodes.SchemaInvalid, "/ZC415/ImportOperation/LRN"), (error.Code, error.Pointer));
    }

    [Fact]
    public void Without_schemas_the_folder_is_named_and_with_a_broken_one_every_call_fails()
    {
        using var broken = new SchemaFolder().With("zc415.xsd", "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\"><xs:complexType name=\"x\"><xs:sequence><xs:element ref=\"missing\"/></xs:sequence></xs:complexType></xs:schema>");
        var brokenPlugin = new AisFormatPlugin();
        brokenPlugin.Configure(new FormatPluginContext(broken.Path));
        var absentFolder = Path.Combine(Path.GetTempPath(), "wrotacelne-ais-absent");
        var absentPlugin = new AisFormatPlugin();
        absentPlugin.Configure(new FormatPluginContext(absentFolder));

        var absent = absentPlugin.Serialize(Messages.Request("ZC415", SampleDeclarations.Import()));
        var calls = new[]
        {
            brokenPlugin.Serialize(Messages.Request("ZC415", SampleDeclarations.Import())).Errors,
            brokenPlugin.Parse(Messages.Inbound(AisMessages.Message("ZC429", "<ImportOperation/>"))).Errors,
            brokenPlugin.Import(Messages.Inbound(AisMessages.Message("ZC415", "<ImportOperation/>"))).Errors,
        };

        Assert.Contains(absentFolder, Assert.Single(absent.Warnings).Message, StringComparison.Ordinal);
        Assert.All(calls, errors => Assert.Equal("schema.broken", Assert.Single(errors).Code));
    }

    [Theory]
    [InlineData("external entity", FormatProblemCodes.DtdProhibited)]
    [InlineData("billion laughs", FormatProblemCodes.DtdProhibited)]
    [InlineData("deep nesting", FormatProblemCodes.UnexpectedRoot)]
    [InlineData("100 MB", FormatProblemCodes.TooLarge)]
    [InlineData("wrong namespace", FormatProblemCodes.UnexpectedRoot)]
    [InlineData("malformed", FormatProblemCodes.UnexpectedRoot)]
    [InlineData("empty", FormatProblemCodes.Malformed)]
    public void Hostile_xml_is_an_error_value_for_parse_and_import(string kind, string code)
    {
        var imported = Plugin.Import(Messages.Inbound(HostileXml.Make(kind, "ZC415")));
        var parsed = Plugin.Parse(Messages.Inbound(HostileXml.Make(kind, "ZC429")));

        Assert.Equal(code, Assert.Single(imported.Errors).Code);
        Assert.Equal(code, Assert.Single(parsed.Errors).Code);
    }

    [Theory]
    [InlineData("deep nesting", FormatProblemCodes.TooDeep)]
    [InlineData("malformed", FormatProblemCodes.Malformed)]
    public void Hostile_xml_in_the_ais_namespace_is_refused_by_the_reader_itself(string kind, string code)
    {
        var imported = Plugin.Import(Messages.Inbound(Messages.InNamespace(HostileXml.Make(kind, "ZC415"), AisMessages.Ns)));
        var parsed = Plugin.Parse(Messages.Inbound(Messages.InNamespace(HostileXml.Make(kind, "PW429"), AisMessages.Ns)));

        Assert.Equal(code, Assert.Single(imported.Errors).Code);
        Assert.Equal(code, Assert.Single(parsed.Errors).Code);
    }
}
