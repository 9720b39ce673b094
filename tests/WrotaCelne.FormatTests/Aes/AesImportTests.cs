using System.Text;
using System.Xml.Linq;
using WrotaCelne.FormatTests.Data;
using WrotaCelne.FormatTests.Xml;
using WrotaCelne.IntegrationTests.Declarations;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Formats.Aes;
using Xunit;

namespace WrotaCelne.FormatTests.Aes;

/// <summary>CC515C files from other programs: what maps, what is reported unmapped, and hostile XML refused as error values.</summary>
public sealed class AesImportTests
{
    private static readonly AesFormatPlugin Plugin = Messages.Configured<AesFormatPlugin>();

    [Fact]
    public void A_file_from_another_program_maps_what_it_can_and_reports_the_rest_with_element_paths()
    {
        var result = Plugin.Import(Messages.Inbound(AesAnswers.Message("CC515C", """
            <ExportOperation><LRN>OBCY-2026-17</LRN><declarationType>EX</declarationType><additionalDeclarationType>A</additionalDeclarationType><security>2</security><specificCircumstanceIndicator>A20</specificCircumstanceIndicator></ExportOperation>
            <CustomsOfficeOfExport><referenceNumber>PL321010</referenceNumber></CustomsOfficeOfExport>
            <CustomsOfficeOfExitDeclared><referenceNumber>PL301050</referenceNumber></CustomsOfficeOfExitDeclared>
            <Exporter><identificationNumber>PL526104082800000</identificationNumber><name>Fabryka Łączników</name></Exporter>
            <Declarant><identificationNumber>PL526104082800000</identificationNumber></Declarant>
            <GoodsShipment>
              <natureOfTransaction>11</natureOfTransaction>
              <Consignment><grossMass>12,5</grossMass><countryOfDestination>US</countryOfDestination></Consignment>
              <GoodsItem>
                <declarationGoodsItemNumber>1</declarationGoodsItemNumber>
                <Procedure><requestedProcedure>10</requestedProcedure><previousProcedure>00</previousProcedure></Procedure>
                <Commodity><descriptionOfGoods>Śruby</descriptionOfGoods><CommodityCode><harmonizedSystemSubHeadingCode>731815</harmonizedSystemSubHeadingCode><combinedNomenclatureCode>8</combinedNomenclatureCode></CommodityCode><GoodsMeasure><grossMass>12.5</grossMass></GoodsMeasure></Commodity>
                <Packaging><sequenceNumber>1</sequenceNumber><typeOfPackages>CT</typeOfPackages><numberOfPackages>3</numberOfPackages></Packaging>
              </GoodsItem>
            </GoodsShipment>
            """)));

        Assert.True(result.Succeeded);
        var imported = result.Value!;
        var declaration = imported.Declaration;
        Assert.Equal("CC515C", imported.MessageType);
        Assert.Equal(DeclarationFamily.Export, declaration.Family);
        Assert.Equal(("OBCY-2026-17", "EX", "A", 2), (declaration.Lrn, declaration.DeclarationType, declaration.AdditionalDeclarationType, declaration.Security));
        Assert.Equal(("PL321010", "PL301050"), (declaration.Offices.Export, declaration.Offices.Exit));
        Assert.Equal("Fabryka Łączników", declaration.Parties.Exporter!.Name);
        Assert.Equal("US", declaration.Consignment.CountryOfDestination);
        Assert.Null(declaration.Consignment.GrossMass);
        var item = Assert.Single(declaration.Items);
        Assert.Equal((1, "Śruby", 12.5m, "10", "00"), (item.Number, item.Description, item.GrossMass, item.RequestedProcedure, item.PreviousProcedure));
        Assert.Null(item.CommodityCode);
        Assert.Equal(("CT", 3), (item.Packages[0].Kind, item.Packages[0].Count));
        Assert.All(imported.Unmapped, u => Assert.Equal(FormatProblemCodes.Unmapped, u.Code));
        Assert.Equal(
            [
                "/CC515C/GoodsShipment/Consignment/grossMass",
                "/CC515C/GoodsShipment/GoodsItem/Commodity/CommodityCode/combinedNomenclatureCode",
                "/CC515C/ExportOperation/specificCircumstanceIndicator",
                "/CC515C/GoodsShipment/natureOfTransaction",
            ],
            imported.Unmapped.Select(u => u.Pointer));
        Assert.Contains("not a decimal number", imported.Unmapped[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Attributes_are_reported_unmapped_but_namespace_and_schema_location_hints_are_not()
    {
        var sent = Plugin.Serialize(Messages.Request("CC515C", SampleDeclarations.Export())).Value!.Content;
        var document = XDocument.Parse(Encoding.UTF8.GetString(sent));
        var xsi = XNamespace.Get("http://www.w3.org/2001/XMLSchema-instance");
        document.Root!.Add(new XAttribute(XNamespace.Xmlns + "xsi", xsi.NamespaceName), new XAttribute(xsi + "schemaLocation", "http://aes.dgtaxud.ec CC515C.xsd"));
        document.Root.Element("ExportOperation")!.Element("LRN")!.Add(new XAttribute("source", "ERP"));

        var imported = Plugin.Import(Messages.Inbound(Encoding.UTF8.GetBytes(document.ToString()))).Value!;

        var unmapped = Assert.Single(imported.Unmapped);
        Assert.Equal("/CC515C/ExportOperation/LRN/@source", unmapped.Pointer);
        Assert.Equal("WC/2026/E/0001", imported.Declaration.Lrn);
    }

    [Fact]
    public void Answers_and_invalidations_are_not_imported_as_declarations()
    {
        var answer = Plugin.Import(Messages.Inbound(AesAnswers.Cc528C()));
        var invalidation = Plugin.Import(Messages.Inbound(AesAnswers.Message("CC514C", "<ExportOperation/>")));

        Assert.Equal(FormatProblemCodes.UnexpectedRoot, Assert.Single(answer.Errors).Code);
        Assert.Equal(FormatProblemCodes.UnexpectedRoot, Assert.Single(invalidation.Errors).Code);
    }

    public static TheoryData<string, string> HostileKinds() => new()
    {
        { "external entity", FormatProblemCodes.DtdProhibited },
        { "billion laughs", FormatProblemCodes.DtdProhibited },
        { "deep nesting", FormatProblemCodes.UnexpectedRoot },
        { "100 MB", FormatProblemCodes.TooLarge },
        { "wrong namespace", FormatProblemCodes.UnexpectedRoot },
        { "malformed", FormatProblemCodes.UnexpectedRoot },
        { "empty", FormatProblemCodes.Malformed },
    };

    /// <summary>HostileXml writes the NCTS namespace, which is a wrong namespace for AES: the root check answers first where the document gets that far.</summary>
    [Theory]
    [MemberData(nameof(HostileKinds))]
    public void Hostile_xml_is_an_error_value_for_parse_and_import(string kind, string code)
    {
        Assert.Equal(HostileXml.Kinds.Count, HostileKinds().Count);
        var content = HostileXml.Make(kind, "CC515C");

        var imported = Plugin.Import(Messages.Inbound(content));
        var parsed = Plugin.Parse(Messages.Inbound(HostileXml.Make(kind, "CC528C")));

        Assert.Equal(code, Assert.Single(imported.Errors).Code);
        Assert.Equal(code, Assert.Single(parsed.Errors).Code);
        Assert.Null(imported.Value);
        Assert.Null(parsed.Value);
    }

    [Theory]
    [InlineData("external entity", FormatProblemCodes.DtdProhibited)]
    [InlineData("billion laughs", FormatProblemCodes.DtdProhibited)]
    [InlineData("deep nesting", FormatProblemCodes.TooDeep)]
    [InlineData("malformed", FormatProblemCodes.Malformed)]
    public void Hostile_xml_in_the_aes_namespace_is_refused_by_the_reader_itself(string kind, string code)
    {
        var content = Messages.InNamespace(HostileXml.Make(kind, "CC515C"), AesAnswers.Ns);

        var imported = Plugin.Import(Messages.Inbound(content));
        var parsed = Plugin.Parse(Messages.Inbound(Messages.InNamespace(HostileXml.Make(kind, "CC528C"), AesAnswers.Ns)));

        Assert.Equal(code, Assert.Single(imported.Errors).Code);
        Assert.Equal(code, Assert.Single(parsed.Errors).Code);
    }
}
