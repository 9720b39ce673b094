using System.Text;
using System.Xml.Linq;
using WrotaCelne.FormatTests.Generation;
using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Plugins.Abstractions.Formats;
using Xunit;

namespace WrotaCelne.FormatTests.Ncts;

/// <summary>CC013C (amendment) and CC014C (invalidation): identified by the MRN, valid against their official schemas.</summary>
public sealed class NctsAmendmentAndInvalidationTests
{
    [Fact]
    public async Task Amendments_of_generated_declarations_are_schema_valid_and_import_back()
    {
        var generator = new TransitDeclarationGenerator(seed: 1313);
        for (var n = 0; n < 100; n++)
        {
            var declaration = generator.Next();
            declaration.Mrn = TransitMrn.For(declaration.Security!.Value, n + 1);
            await PlatformValidation.AssertValidAsync(declaration);

            var result = NctsRequests.Plugin.Serialize(NctsRequests.Request("CC013C", declaration));
            Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Pointer} {e.Message}")));
            Assert.Equal(("CC013C", "NCTS2"), (result.Value!.MessageType, result.Value.TargetSystem));
            Assert.Empty(NctsOfficialSchemas.Errors(result.Value.Content));
            var operation = XDocument.Parse(Encoding.UTF8.GetString(result.Value.Content)).Root!.Element("TransitOperation")!;
            Assert.Equal((declaration.Mrn, "0", (XElement?)null), (operation.Element("MRN")!.Value, operation.Element("amendmentTypeFlag")!.Value, operation.Element("LRN")));

            var imported = NctsRequests.Plugin.Import(NctsRequests.Inbound(result.Value.Content));
            Assert.True(imported.Succeeded);
            Assert.Equal("CC013C", imported.Value!.MessageType);
            Assert.Empty(imported.Value.Unmapped);
            var expected = DeclarationJson.Clone(declaration);
            expected.Lrn = null; // an amendment names the declaration by its MRN only
            expected.ReducedDatasetIndicator ??= false;
            Assert.Equal(DeclarationJson.Serialize(expected), DeclarationJson.Serialize(imported.Value.Declaration));
        }
    }

    [Theory]
    [InlineData("CC013C")]
    [InlineData("CC014C")]
    public void Without_an_MRN_there_is_nothing_to_amend_or_invalidate(string type)
    {
        var declaration = new TransitDeclarationGenerator(21).Next(itemCount: 1);
        var request = NctsRequests.Request(type, declaration) with { InvalidationReason = "Zgłoszenie złożone omyłkowo" };

        var result = NctsRequests.Plugin.Serialize(request);

        var error = Assert.Single(result.Errors);
        Assert.Equal((FormatProblemCodes.MissingData, "$.mrn"), (error.Code, error.Pointer));
        Assert.Null(result.Value);
    }

    [Fact]
    public async Task An_invalidation_request_carries_the_MRN_the_reason_and_the_holder()
    {
        var declaration = new TransitDeclarationGenerator(22).Next(itemCount: 4);
        declaration.Mrn = TransitMrn.For(declaration.Security!.Value, 77);
        await PlatformValidation.AssertValidAsync(declaration);
        var request = NctsRequests.Request("CC014C", declaration) with { InvalidationReason = "Zgłoszenie złożone omyłkowo" };

        var result = NctsRequests.Plugin.Serialize(request);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Pointer} {e.Message}")));
        Assert.Empty(NctsOfficialSchemas.Errors(result.Value!.Content));
        Assert.Equal("CC014C_" + declaration.Lrn!.Replace('/', '_') + ".xml", result.Value.FileName);
        var root = XDocument.Parse(Encoding.UTF8.GetString(result.Value.Content)).Root!;
        Assert.Equal(declaration.Mrn, root.Element("TransitOperation")!.Element("MRN")!.Value);
        var invalidation = root.Element("Invalidation")!;
        Assert.Equal(("2026-06-01T10:30:15", "0", "Zgłoszenie złożone omyłkowo"), (invalidation.Element("requestDateAndTime")!.Value, invalidation.Element("initiatedByCustoms")!.Value, invalidation.Element("justification")!.Value));
        Assert.Equal(declaration.Offices.Departure, root.Element("CustomsOfficeOfDeparture")!.Element("referenceNumber")!.Value);
        Assert.Equal(declaration.Parties.Holder!.Eori, root.Element("HolderOfTheTransitProcedure")!.Element("identificationNumber")?.Value);
    }

    [Fact]
    public void An_invalidation_request_without_a_reason_is_missing_data()
    {
        var declaration = new TransitDeclarationGenerator(23).Next(itemCount: 1);
        declaration.Mrn = TransitMrn.For(declaration.Security!.Value, 78);

        var result = NctsRequests.Plugin.Serialize(NctsRequests.Request("CC014C", declaration));

        var error = Assert.Single(result.Errors);
        Assert.Equal(FormatProblemCodes.MissingData, error.Code);
        Assert.Contains("reason", error.Message, StringComparison.Ordinal);
    }
}
