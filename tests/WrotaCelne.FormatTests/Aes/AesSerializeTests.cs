using System.Text;
using System.Xml.Linq;
using WrotaCelne.FormatTests.Data;
using WrotaCelne.FormatTests.Generation;
using WrotaCelne.IntegrationTests.Declarations;
using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Formats.Aes;
using Xunit;

namespace WrotaCelne.FormatTests.Aes;

/// <summary>CC515C, CC513C and CC514C from canonical declarations: content, and the problems the plugin finds without official schemas.</summary>
public sealed class AesSerializeTests
{
    private const string Ns = "http://aes.dgtaxud.ec";

    private static readonly AesFormatPlugin Plugin = Messages.Configured<AesFormatPlugin>();

    [Fact]
    public void The_descriptor_lists_every_message_and_the_namespace()
    {
        var descriptor = Plugin.Describe();

        Assert.Equal("AES", descriptor.TargetSystem);
        Assert.Equal(["CC515C", "CC513C", "CC514C"], descriptor.OutboundMessageTypes);
        Assert.Equal(["CC528C", "CC529C", "CC556C", "CC551C", "CC560C", "CC599C", "CC509C"], descriptor.InboundMessageTypes);
        Assert.Equal(["CC515C", "CC513C"], descriptor.ImportableMessageTypes);
        Assert.Equal(Ns, descriptor.MessageNamespace);
    }

    [Fact]
    public void The_sample_export_declaration_becomes_a_cc515c_with_its_data_in_place()
    {
        var result = Plugin.Serialize(Messages.Request("CC515C", SampleDeclarations.Export()));

        Assert.True(result.Succeeded);
        var message = result.Value!;
        Assert.Equal("AES", message.TargetSystem);
        Assert.Equal("CC515C", message.MessageType);
        Assert.Equal("CC515C_WC_2026_E_0001.xml", message.FileName);
        var root = XDocument.Parse(Encoding.UTF8.GetString(message.Content)).Root!;
        Assert.Equal(XName.Get("CC515C", Ns), root.Name);
        Assert.Equal("PL526104082800000", Value(root, "messageSender"));
        Assert.Equal("NTA.PL", Value(root, "messageRecipient"));
        Assert.Equal("2026-06-01T10:30:00", Value(root, "preparationDateAndTime"));
        Assert.Equal("CC515C", Value(root, "messageType"));
        Assert.Equal("WC/2026/E/0001", Value(root, "ExportOperation/LRN"));
        Assert.Equal("EX", Value(root, "ExportOperation/declarationType"));
        Assert.Equal("0", Value(root, "ExportOperation/security"));
        Assert.Equal("15000", Value(root, "ExportOperation/totalAmountInvoiced"));
        Assert.Null(root.Element("ExportOperation")!.Element("MRN"));
        Assert.Equal("PL321010", Value(root, "CustomsOfficeOfExport/referenceNumber"));
        Assert.Equal("PL301050", Value(root, "CustomsOfficeOfExitDeclared/referenceNumber"));
        Assert.Equal("Fabryka Mebli S.A.", Value(root, "Exporter/name"));
        Assert.Equal("New York", Value(root, "GoodsShipment/Consignee/Address/city"));
        Assert.Equal("US", Value(root, "GoodsShipment/Consignment/countryOfDestination"));
        Assert.Equal("1", Value(root, "GoodsShipment/GoodsItem/declarationGoodsItemNumber"));
        Assert.Equal("940360", Value(root, "GoodsShipment/GoodsItem/Commodity/CommodityCode/harmonizedSystemSubHeadingCode"));
        Assert.Equal("10", Value(root, "GoodsShipment/GoodsItem/Commodity/CommodityCode/combinedNomenclatureCode"));
        Assert.Equal("900", Value(root, "GoodsShipment/GoodsItem/Commodity/GoodsMeasure/netMass"));
        Assert.Equal("10", Value(root, "GoodsShipment/GoodsItem/Procedure/requestedProcedure"));
        Assert.Equal("1", Value(root, "GoodsShipment/GoodsItem/Packaging/sequenceNumber"));
        Assert.Equal("CT", Value(root, "GoodsShipment/GoodsItem/Packaging/typeOfPackages"));
        Assert.Equal("FV/2026/001", Value(root, "GoodsShipment/GoodsItem/SupportingDocument/referenceNumber"));
    }

    [Fact]
    public void Output_is_utf8_without_a_byte_order_mark_and_keeps_diacritics_and_markup_characters()
    {
        var declaration = SampleDeclarations.Export();
        declaration.Parties.Exporter!.Name = "Żółć & <Gęś> \"Jaźń\"";

        var content = Plugin.Serialize(Messages.Request("CC515C", declaration)).Value!.Content;

        Assert.NotEqual(0xEF, content[0]);
        var text = Encoding.UTF8.GetString(content);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", text);
        Assert.Contains("Żółć &amp; &lt;Gęś&gt; \"Jaźń\"", text);
    }

    [Fact]
    public void Missing_data_is_reported_with_canonical_json_paths()
    {
        var declaration = SampleDeclarations.Export();
        declaration.Offices.Export = null;
        declaration.Parties.Exporter = null;
        declaration.Security = null;
        declaration.Items[0].CommodityCode = null;
        declaration.Items[0].Packages[0].Kind = null;
        declaration.Items.Add(new GoodsItem { Number = 2, Description = "Stoły", CommodityCode = "94036010", RequestedProcedure = "10", PreviousProcedure = "00" });

        var result = Plugin.Serialize(Messages.Request("CC515C", declaration));

        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        Assert.All(result.Errors, e => Assert.Equal(FormatProblemCodes.MissingData, e.Code));
        Assert.Equal(
            ["$.security", "$.offices.export", "$.parties.exporter", "$.items[0].commodityCode", "$.items[0].packages[0].kind", "$.items[1].grossMass", "$.items[1].packages"],
            result.Errors.Select(e => e.Pointer));
        Assert.Contains(result.Warnings, w => w.Code == FormatProblemCodes.SchemaAbsent);
    }

    [Fact]
    public void A_declaration_without_items_or_declarant_is_refused()
    {
        var declaration = SampleDeclarations.Export();
        declaration.Items.Clear();
        declaration.Parties.Declarant = null;
        declaration.Offices.Exit = null;

        var result = Plugin.Serialize(Messages.Request("CC515C", declaration));

        Assert.Equal(["$.offices.exit", "$.parties.declarant", "$.items"], result.Errors.Select(e => e.Pointer));
    }

    [Fact]
    public void Lengths_and_patterns_of_the_data_model_are_checked()
    {
        var declaration = SampleDeclarations.Export();
        declaration.Items[0].Description = new string('x', 513);
        declaration.Items[0].CommodityCode = "9403601";
        declaration.Offices.Exit = "PL30105";
        declaration.Parties.Exporter!.Name = new string('Ż', 71);
        declaration.Consignment.CountriesOfRouting = ["PL", "Germany"];
        declaration.Items[0].Packages[0].Marks = "bad \u0001 char";

        var result = Plugin.Serialize(Messages.Request("CC515C", declaration));

        Assert.All(result.Errors, e => Assert.Equal("declaration.invalid-format", e.Code));
        Assert.Equal(
            ["$.offices.exit", "$.parties.exporter.name", "$.consignment.countriesOfRouting[1]", "$.items[0].description", "$.items[0].commodityCode", "$.items[0].packages[0].marks"],
            result.Errors.Select(e => e.Pointer));
        Assert.Contains("at most 512 characters", result.Errors[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Data_the_message_cannot_carry_is_sent_without_it_and_named_in_a_warning()
    {
        var declaration = SampleDeclarations.Export();
        declaration.Consignment.PlaceOfUnloading = new Place { UnLocode = "USNYC" };
        declaration.Parties.Representative = new Representative { Eori = "PL526104082800000", Status = "2", Name = "Agencja Celna Wąż" };

        var result = Plugin.Serialize(Messages.Request("CC515C", declaration));

        Assert.True(result.Succeeded);
        var notCarried = result.Warnings.Where(w => w.Code == FormatProblemCodes.MissingData).Select(w => w.Pointer).ToList();
        Assert.Equal(["$.parties.representative.name", "$.consignment.placeOfUnloading.unLocode"], notCarried);
        Assert.DoesNotContain("USNYC", Encoding.UTF8.GetString(result.Value!.Content), StringComparison.Ordinal);
    }

    [Fact]
    public void An_amendment_needs_a_valid_mrn()
    {
        var declaration = SampleDeclarations.Export();

        var missing = Plugin.Serialize(Messages.Request("CC513C", declaration));
        declaration.Mrn = "21DE27364916384835";
        var wrongCheckDigit = Plugin.Serialize(Messages.Request("CC513C", declaration));
        declaration.Mrn = "21DE27364916384836";
        var valid = Plugin.Serialize(Messages.Request("CC513C", declaration));

        Assert.Equal(("declaration.missing-data", "$.mrn"), (Assert.Single(missing.Errors).Code, missing.Errors[0].Pointer));
        Assert.Equal(("declaration.invalid-format", "$.mrn"), (Assert.Single(wrongCheckDigit.Errors).Code, wrongCheckDigit.Errors[0].Pointer));
        Assert.True(valid.Succeeded);
        var root = XDocument.Parse(Encoding.UTF8.GetString(valid.Value!.Content)).Root!;
        Assert.Equal("21DE27364916384836", Value(root, "ExportOperation/MRN"));
        Assert.Equal("CC513C", Value(root, "messageType"));
        Assert.Equal("CC513C_WC_2026_E_0001.xml", valid.Value.FileName);
    }

    [Fact]
    public void An_invalidation_carries_the_mrn_the_reason_and_the_office()
    {
        var declaration = SampleDeclarations.Export();
        declaration.Mrn = "21DE27364916384836";
        var request = Messages.Request("CC514C", declaration) with { InvalidationReason = "Towar nie zostanie wywieziony — umowa rozwiązana." };

        var result = Plugin.Serialize(request);

        Assert.True(result.Succeeded);
        Assert.Equal("CC514C_21DE27364916384836.xml", result.Value!.FileName);
        var root = XDocument.Parse(Encoding.UTF8.GetString(result.Value.Content)).Root!;
        Assert.Equal("21DE27364916384836", Value(root, "ExportOperation/MRN"));
        Assert.Equal("Towar nie zostanie wywieziony — umowa rozwiązana.", Value(root, "Invalidation/justification"));
        Assert.Equal("2026-06-01T10:30:00", Value(root, "Invalidation/requestDateAndTime"));
        Assert.Equal("PL321010", Value(root, "CustomsOfficeOfExport/referenceNumber"));
        Assert.Equal("PL526104082800000", Value(root, "Declarant/identificationNumber"));
        Assert.Null(root.Element("GoodsShipment"));
        Assert.DoesNotContain(result.Warnings, w => w.Code == FormatProblemCodes.MissingData);
    }

    [Fact]
    public void An_invalidation_without_mrn_or_reason_is_refused()
    {
        var result = Plugin.Serialize(Messages.Request("CC514C", SampleDeclarations.Export()) with { InvalidationReason = "  " });

        Assert.Equal(["$.mrn", "invalidationReason"], result.Errors.Select(e => e.Pointer));
        Assert.All(result.Errors, e => Assert.Equal(FormatProblemCodes.MissingData, e.Code));
    }

    [Fact]
    public void Control_characters_in_request_values_are_refused_not_thrown()
    {
        var declaration = SampleDeclarations.Export();
        declaration.Mrn = "21DE27364916384836";

        var reason = Plugin.Serialize(Messages.Request("CC514C", declaration) with { InvalidationReason = "zły\u0007powód" });
        var header = Plugin.Serialize(new OutboundRequest("CC515C", declaration, Messages.Header() with { Recipient = "NTA\u0000PL" }));

        Assert.Equal(("declaration.invalid-format", "invalidationReason"), (Assert.Single(reason.Errors).Code, reason.Errors[0].Pointer));
        Assert.Equal(("message.invalid-header", "/CC515C/messageRecipient"), (Assert.Single(header.Errors).Code, header.Errors[0].Pointer));
    }

    [Fact]
    public void Other_families_other_message_types_and_bad_headers_are_refused()
    {
        var import = Plugin.Serialize(Messages.Request("CC515C", SampleDeclarations.Import()));
        var transit = Plugin.Serialize(Messages.Request("CC015C", SampleDeclarations.Export()));
        var header = Plugin.Serialize(new OutboundRequest("CC515C", SampleDeclarations.Export(), Messages.Header() with { Sender = "", MessageIdentification = new string('9', 36) }));

        Assert.Equal("declaration.wrong-family", Assert.Single(import.Errors).Code);
        Assert.Equal(FormatProblemCodes.NotSupported, Assert.Single(transit.Errors).Code);
        Assert.Equal(["/CC515C/messageSender", "/CC515C/messageIdentification"], header.Errors.Select(e => e.Pointer));
    }

    [Fact]
    public void Broken_requests_are_error_values_not_exceptions()
    {
        var withoutHeader = Plugin.Serialize(new OutboundRequest("CC515C", SampleDeclarations.Export(), null!));
        var declaration = SampleDeclarations.Export();
        declaration.Items = [null!];
        declaration.Parties = null!;
        var holes = Plugin.Serialize(Messages.Request("CC515C", declaration));

        Assert.Equal("format.internal-error", Assert.Single(withoutHeader.Errors).Code);
        Assert.Equal(["$.parties.exporter", "$.parties.declarant", "$.items[0]"], holes.Errors.Select(e => e.Pointer));
    }

    [Fact]
    public void Many_items_and_long_lists_serialize_in_order()
    {
        var declaration = ExportDeclarations.Generate(10);

        var root = XDocument.Parse(Encoding.UTF8.GetString(Plugin.Serialize(Messages.Request("CC515C", declaration)).Value!.Content)).Root!;

        var numbers = root.Element("GoodsShipment")!.Elements("GoodsItem").Select(i => (string)i.Element("declarationGoodsItemNumber")!).ToList();
        Assert.True(numbers.Count >= 30);
        Assert.Equal(Enumerable.Range(1, numbers.Count).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)), numbers);
    }

    private static string? Value(XElement root, string path)
    {
        var element = root;
        foreach (var name in path.Split('/'))
        {
            element = element?.Element(name);
        }

        return element?.Value;
    }
}
