using WrotaCelne.Plugins.Abstractions.Formats;
using Xunit;

namespace WrotaCelne.FormatTests.Ncts;

/// <summary>Import of a CC015C another program wrote: what the model holds is read, everything else is listed with its element path.</summary>
public sealed class NctsImportTests
{
    [Fact]
    public void The_file_is_valid_for_the_official_schema()
    {
        Assert.Empty(NctsOfficialSchemas.Errors(NctsHandWrittenCc015c.Content));
    }

    [Fact]
    public void Whatever_the_model_has_no_place_for_is_listed_as_unmapped()
    {
        var result = NctsRequests.Plugin.Import(NctsRequests.Inbound(NctsHandWrittenCc015c.Content, "inny.xml"));

        Assert.True(result.Succeeded);
        Assert.Empty(result.Warnings);
        Assert.All(result.Value!.Unmapped, u => Assert.Equal(FormatProblemCodes.Unmapped, u.Code));
        Assert.Equal(
            [
                "/CC015C/TransitOperation/communicationLanguageAtDeparture",
                "/CC015C/TransitOperation/bindingItinerary",
                "/CC015C/CustomsOfficeOfTransitDeclared/arrivalDateAndTimeEstimated",
                "/CC015C/Guarantee/GuaranteeReference/accessCode",
                "/CC015C/Guarantee/GuaranteeReference[2]",
                "/CC015C/Consignment/AdditionalSupplyChainActor",
                "/CC015C/Consignment/TransportEquipment/GoodsReference",
                "/CC015C/Consignment/LocationOfGoods/additionalIdentifier",
                "/CC015C/Consignment/ActiveBorderTransportMeans/customsOfficeAtBorderReferenceNumber",
                "/CC015C/Consignment/ActiveBorderTransportMeans/conveyanceReferenceNumber",
                "/CC015C/Consignment/AdditionalReference",
                "/CC015C/Consignment/TransportCharges",
                "/CC015C/Consignment/HouseConsignment/ConsignmentItem/DeclarationType",
                "/CC015C/Consignment/HouseConsignment/ConsignmentItem/Consignee",
                "/CC015C/Consignment/HouseConsignment/ConsignmentItem/Commodity/cusCode",
                "/CC015C/Consignment/HouseConsignment/ConsignmentItem/PreviousDocument/goodsItemNumber",
                "/CC015C/Consignment/HouseConsignment/ConsignmentItem/SupportingDocument/documentLineItemNumber",
            ],
            result.Value.Unmapped.Select(u => u.Pointer));
        Assert.Contains("bindingItinerary \"1\"", result.Value.Unmapped[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void What_the_model_holds_is_read()
    {
        var d = NctsRequests.Plugin.Import(NctsRequests.Inbound(NctsHandWrittenCc015c.Content)).Value!.Declaration;

        Assert.Equal(("INNY/2026/000045", "T", "A", 0, false), (d.Lrn, d.DeclarationType, d.AdditionalDeclarationType, d.Security, d.ReducedDatasetIndicator));
        Assert.Equal(new DateOnly(2026, 6, 8), d.LimitDate);
        Assert.Equal(("C521", "PLACR123456"), (d.Authorisations.Single().Type, d.Authorisations.Single().ReferenceNumber));
        Assert.Equal(("PL321010", "DE002101", "CZ510201"), (d.Offices.Departure, d.Offices.Destination, d.Offices.Transit.Single()));
        Assert.Equal(("Przedsiębiorstwo Handlowe Łódź sp. z o.o.", "Łódź", "jan@lodz.pl"), (d.Parties.Holder!.Name, d.Parties.Holder.Address!.City, d.Parties.Holder.Contact!.Email));
        Assert.Equal(("PL701000145400000", "2"), (d.Parties.Representative!.Eori, d.Parties.Representative.Status));
        var guarantee = d.Guarantees.Single();
        Assert.Equal(("1", "26PL0000000000011", 15000.00m, "EUR"), (guarantee.Type, guarantee.Grn, guarantee.Amount, guarantee.Currency));
        Assert.Equal("15000.00", guarantee.Amount!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal((1250.500m, true, "3"), (d.Consignment.GrossMass, d.Consignment.ContainerIndicator, d.Consignment.InlandModeOfTransport));
        Assert.Equal(["PL-0001", "PL-0002"], d.Consignment.TransportEquipment.Single().Seals);
        Assert.Equal(("Y", "PLACE000123"), (d.Consignment.LocationOfGoods!.QualifierOfIdentification, d.Consignment.LocationOfGoods.AuthorisationNumber));
        Assert.Equal(["PL", "DE"], d.Consignment.CountriesOfRouting);
        Assert.Equal(("EL12345", "EL12345"), (d.Consignment.DepartureTransportMeans.Single().IdentificationNumber, d.Consignment.ActiveBorderTransportMeans.Single().IdentificationNumber));
        Assert.Equal(("PLLOD", "Berlin"), (d.Consignment.PlaceOfLoading!.UnLocode, d.Consignment.PlaceOfUnloading!.Location));
        Assert.Equal(("N730", "20300"), (d.Consignment.TransportDocuments.Single().Type, d.Consignment.AdditionalInformation.Single().Code));
        Assert.Equal(("PL701000145400000", "Möbelhaus GmbH"), (d.Parties.Carrier!.Eori, d.Parties.Consignee!.Name));
        Assert.Equal(2, d.Items.Count);
        var first = d.Items[0];
        Assert.Equal((1, "94016100", 1000.5m, 900.25m), (first.Number, first.CommodityCode, first.GrossMass, first.NetMass));
        Assert.Equal(("CT", 40, "ŁÓDŹ 1-40"), (first.Packages.Single().Kind, first.Packages.Single().Count, first.Packages.Single().Marks));
        Assert.Equal(("N821", "N380"), (first.PreviousDocuments.Single().Type, first.SupportingDocuments.Single().Type));
        Assert.Equal((2, "VQ", (int?)null, (string?)null), (d.Items[1].Number, d.Items[1].Packages.Single().Kind, d.Items[1].Packages.Single().Count, d.Items[1].CommodityCode));
    }

    [Fact]
    public void A_file_that_breaks_the_schema_is_still_read_with_the_findings_as_warnings()
    {
        var text = System.Text.Encoding.UTF8.GetString(NctsHandWrittenCc015c.Content).Replace("<grossMass>1250.500</grossMass>\n    <referenceNumberUCR>", "<grossMass>ciężka</grossMass>\n    <referenceNumberUCR>", StringComparison.Ordinal);
        Assert.Contains("ciężka", text, StringComparison.Ordinal);

        var result = NctsRequests.Plugin.Import(NctsRequests.Inbound(System.Text.Encoding.UTF8.GetBytes(text)));

        Assert.True(result.Succeeded);
        Assert.Contains(result.Warnings, w => w.Code == FormatProblemCodes.SchemaInvalid && w.Pointer == "/CC015C/Consignment/grossMass");
        Assert.Null(result.Value!.Declaration.Consignment.GrossMass);
        Assert.Contains(result.Value.Unmapped, u => u.Pointer == "/CC015C/Consignment/grossMass");
    }
}
