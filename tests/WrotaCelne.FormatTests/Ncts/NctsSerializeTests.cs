using System.Text;
using System.Xml.Linq;
using WrotaCelne.FormatTests.Generation;
using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Plugins.Abstractions.Formats;
using Xunit;

namespace WrotaCelne.FormatTests.Ncts;

/// <summary>CC015C details: the envelope, file name, missing data at canonical paths, schema errors at element paths.</summary>
public sealed class NctsSerializeTests
{
    private static readonly XNamespace Ncts = "http://ncts.dgtaxud.ec";

    [Fact]
    public async Task The_message_has_the_NCTS_envelope_and_a_safe_file_name()
    {
        var declaration = new TransitDeclarationGenerator(7).Next(itemCount: 2);
        declaration.Lrn = "WC/2026/T_0001.a";
        await PlatformValidation.AssertValidAsync(declaration);

        var message = Serialize(declaration);

        Assert.Equal(("CC015C", "NCTS2", "CC015C_WC_2026_T_0001.a.xml"), (message.MessageType, message.TargetSystem, message.FileName));
        Assert.False(message.Content.AsSpan().StartsWith(Encoding.UTF8.Preamble), "no byte order mark");
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><ncts:CC015C xmlns:ncts=\"http://ncts.dgtaxud.ec\" PhaseID=\"NCTS5.0\">", Encoding.UTF8.GetString(message.Content), StringComparison.Ordinal);
        var root = XDocument.Parse(Encoding.UTF8.GetString(message.Content)).Root!;
        Assert.Equal(Ncts + "CC015C", root.Name);
        Assert.Equal(
            ["PL526104082800000", "NTA.PL", "2026-06-01T10:30:15", "WC-MSG-0001", "CC015C", "WC-CORR-0001"],
            root.Elements().Take(6).Select(e => e.Value));
        Assert.Equal(["messageSender", "messageRecipient", "preparationDateAndTime", "messageIdentification", "messageType", "correlationIdentifier"], root.Elements().Take(6).Select(e => e.Name.LocalName));
        Assert.Equal("WC/2026/T_0001.a", root.Element("TransitOperation")!.Element("LRN")!.Value);
    }

    [Fact]
    public void An_empty_declaration_lists_everything_the_message_needs_at_its_canonical_path()
    {
        var result = NctsRequests.Plugin.Serialize(NctsRequests.Request("CC015C", new CustomsDeclaration()));

        Assert.Null(result.Value);
        Assert.All(result.Errors, e => Assert.Equal(FormatProblemCodes.MissingData, e.Code));
        Assert.Equal(
            ["$.additionalDeclarationType", "$.consignment.grossMass", "$.declarationType", "$.guarantees", "$.items", "$.lrn", "$.offices.departure", "$.offices.destination", "$.parties.holder", "$.security"],
            result.Errors.Select(e => e.Pointer!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Missing_parts_of_items_and_parties_point_into_the_declaration()
    {
        var declaration = new TransitDeclarationGenerator(11).Next(itemCount: 3);
        await PlatformValidation.AssertValidAsync(declaration);
        declaration.Items[1].Description = " ";
        declaration.Items[2].Packages.Clear();
        declaration.Items[2].Packages.Add(new Packaging { Count = 3 });
        declaration.Parties.Holder = new Party { Eori = "PL5261040828000", Address = new Address { StreetAndNumber = "Piotrkowska 1", Country = "PL" }, Contact = new Contact { Name = "Jan" } };

        var result = NctsRequests.Plugin.Serialize(NctsRequests.Request("CC015C", declaration));

        Assert.Equal(
            ["$.items[1].description", "$.items[2].packages[0].kind", "$.parties.holder.address.city", "$.parties.holder.contact.phone"],
            result.Errors.Select(e => e.Pointer!).Order(StringComparer.Ordinal));
        Assert.All(result.Errors, e => Assert.Equal(FormatProblemCodes.MissingData, e.Code));
    }

    [Fact]
    public async Task A_description_longer_than_the_schema_allows_is_a_schema_error_at_its_element()
    {
        var declaration = new TransitDeclarationGenerator(12).Next(itemCount: 2);
        declaration.Items[1].Description = new string('ż', 600);
        Assert.Contains(await PlatformValidation.ErrorsAsync(declaration), e => e.Contains("MAX-ITEM-DESCRIPTION", StringComparison.Ordinal));

        var result = NctsRequests.Plugin.Serialize(NctsRequests.Request("CC015C", declaration));

        var error = Assert.Single(result.Errors);
        Assert.Equal(FormatProblemCodes.SchemaInvalid, error.Code);
        Assert.Equal("/CC015C/Consignment/HouseConsignment/ConsignmentItem[2]/Commodity/descriptionOfGoods", error.Pointer);
        Assert.Null(result.Value);
    }

    [Fact]
    public async Task A_three_digit_document_code_of_the_older_lists_is_sent_in_its_P5_form_and_other_short_codes_are_refused_by_the_platform()
    {
        // The reference codelist still holds the UN/EDIFACT numbers (730 road consignment note); P5 writes them N730.
        var declaration = new TransitDeclarationGenerator(17).Next(itemCount: 1);
        declaration.Consignment.TransportDocuments = [new DocumentReference { Type = "730", ReferenceNumber = "CMR 2026/118" }];
        declaration.Items[0].SupportingDocuments = [new DocumentReference { Type = "380", ReferenceNumber = "FV 1" }];
        await PlatformValidation.AssertValidAsync(declaration);

        var result = NctsRequests.Plugin.Serialize(NctsRequests.Request("CC015C", declaration));

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        var imported = NctsRequests.Plugin.Import(new InboundMessage(result.Value!.Content)).Value!.Declaration;
        Assert.Equal(("N730", "N380"), (imported.Consignment.TransportDocuments.Single().Type, imported.Items[0].SupportingDocuments.Single().Type));

        // A code P5 cannot carry at all: the platform says so before anything is sent; forced through, the schema does.
        declaration.Consignment.TransportDocuments[0].Type = "18";
        Assert.Contains(await PlatformValidation.ErrorsAsync(declaration), e => e.StartsWith("$.consignment.transportDocuments[0].type FMT-TRANSIT-DOCUMENT-TYPE", StringComparison.Ordinal));
        var error = Assert.Single(NctsRequests.Plugin.Serialize(NctsRequests.Request("CC015C", declaration)).Errors);
        Assert.Equal((FormatProblemCodes.SchemaInvalid, "/CC015C/Consignment/TransportDocument/type"), (error.Code, error.Pointer));
    }

    [Fact]
    public void A_control_character_XML_cannot_hold_is_an_error_value()
    {
        var declaration = new TransitDeclarationGenerator(18).Next(itemCount: 1);
        declaration.Items[0].Description = "Meble\u0001";

        var result = NctsRequests.Plugin.Serialize(NctsRequests.Request("CC015C", declaration));

        Assert.Equal(FormatProblemCodes.SchemaInvalid, Assert.Single(result.Errors).Code);
        Assert.Null(result.Value);
    }

    [Fact]
    public void Concurrent_calls_share_the_compiled_schemas_safely()
    {
        var declarations = Enumerable.Range(0, 16).Select(seed => new TransitDeclarationGenerator(100 + seed).Next()).ToList();
        var expected = declarations.Select(d => NctsRequests.Plugin.Serialize(NctsRequests.Request("CC015C", d)).Value!.Content).ToList();

        var results = new byte[declarations.Count][];
        Parallel.For(0, declarations.Count, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            results[i] = NctsRequests.Plugin.Serialize(NctsRequests.Request("CC015C", declarations[i])).Value!.Content);

        Assert.Equal(expected, results);
    }

    [Fact]
    public void More_items_than_a_house_consignment_holds_is_missing_data_not_an_exception()
    {
        var declaration = new TransitDeclarationGenerator(13).Next(itemCount: 1000);

        var result = NctsRequests.Plugin.Serialize(NctsRequests.Request("CC015C", declaration));

        Assert.Equal(("declaration.missing-data", "$.items[999]"), (Assert.Single(result.Errors).Code, result.Errors[0].Pointer));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public async Task Data_the_message_cannot_carry_is_sent_without_it_and_named_in_warnings()
    {
        var declaration = new TransitDeclarationGenerator(14).Next(itemCount: 2);
        declaration.Parties.Exporter = new Party { Eori = "PL5261040828000" };
        declaration.Items[1].ItemPrice = 12.5m;
        declaration.Items[0].CommodityCode = "9403609010";
        var platform = await PlatformValidation.ErrorsAsync(declaration);
        Assert.Empty(platform);

        var result = NctsRequests.Plugin.Serialize(NctsRequests.Request("CC015C", declaration));

        Assert.True(result.Succeeded);
        Assert.Equal(["$.items[0].commodityCode", "$.items[1].itemPrice", "$.parties.exporter"], result.Warnings.Select(w => w.Pointer!).Order(StringComparer.Ordinal));
        var item = XDocument.Parse(Encoding.UTF8.GetString(result.Value!.Content)).Descendants("ConsignmentItem").First();
        Assert.Equal(("940360", "90"), (item.Descendants("harmonizedSystemSubHeadingCode").Single().Value, item.Descendants("combinedNomenclatureCode").Single().Value));
    }

    [Fact]
    public async Task Text_is_trimmed_and_an_absent_reduced_data_set_is_sent_as_0()
    {
        var declaration = new TransitDeclarationGenerator(15).Next(itemCount: 1);
        declaration.Items[0].Description = "  Meble  ";
        declaration.ReducedDatasetIndicator = null;
        await PlatformValidation.AssertValidAsync(declaration);

        var root = XDocument.Parse(Encoding.UTF8.GetString(Serialize(declaration).Content)).Root!;

        Assert.Equal("Meble", root.Descendants("descriptionOfGoods").Single().Value);
        Assert.Equal("0", root.Element("TransitOperation")!.Element("reducedDatasetIndicator")!.Value);
    }

    [Fact]
    public void A_message_type_the_plugin_does_not_write_is_not_supported()
    {
        var result = NctsRequests.Plugin.Serialize(NctsRequests.Request("CC170C", new TransitDeclarationGenerator(16).Next(itemCount: 1)));

        Assert.Equal(FormatProblemCodes.NotSupported, Assert.Single(result.Errors).Code);
    }

    private static OutboundMessage Serialize(CustomsDeclaration declaration)
    {
        var result = NctsRequests.Plugin.Serialize(NctsRequests.Request("CC015C", declaration));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Pointer} {e.Message}")));
        Assert.Empty(NctsOfficialSchemas.Errors(result.Value!.Content));
        return result.Value;
    }
}
