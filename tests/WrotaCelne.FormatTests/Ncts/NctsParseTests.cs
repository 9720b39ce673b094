using WrotaCelne.Plugins.Abstractions.Formats;
using Xunit;
using static WrotaCelne.FormatTests.Ncts.NctsAnswers;

namespace WrotaCelne.FormatTests.Ncts;

/// <summary>Every answer NCTS sends, checked against its official schema first, then read field by field.</summary>
public sealed class NctsParseTests
{
    private static readonly DateTimeOffset Midnight1June = new(2026, 6, 1, 0, 0, 0, TimeSpan.FromHours(2));

    [Fact]
    public void CC028C_allocates_the_MRN()
    {
        var n = Parse(Cc028c());

        Assert.Equal(("CC028C", NotificationKind.MrnAllocated, Lrn, Mrn), (n.MessageType, n.Kind, n.Lrn, n.Mrn));
        Assert.Equal("PLCC028C000001", n.MessageIdentification);
        Assert.Equal("WC-MSG-0001", n.CorrelationIdentifier);
        Assert.Equal(PreparedAt, n.PreparedAt);
        Assert.Equal(Midnight1June, n.DecisionAt);
        Assert.Equal(Office, n.Office);
        Assert.Null(n.Accepted);
        Assert.Null(n.Reason);
        Assert.Empty(n.Errors);
        Assert.Null(n.Control);
    }

    [Fact]
    public void CC029C_releases_for_transit_on_the_release_date()
    {
        var n = Parse(Cc029c());

        Assert.Equal(("CC029C", NotificationKind.Released, Lrn, Mrn), (n.MessageType, n.Kind, n.Lrn, n.Mrn));
        Assert.Equal(Midnight1June.AddDays(1), n.DecisionAt);
        Assert.Equal(Office, n.Office);
        Assert.Equal("PLCC029C000001", n.MessageIdentification);
    }

    [Fact]
    public void CC056C_rejects_with_every_functional_error_mapped_to_its_field()
    {
        var n = Parse(Cc056c(
            FunctionalError("/CC015C/Consignment/HouseConsignment[1]/ConsignmentItem[2]/Commodity/descriptionOfGoods", "12", "R0001", "x") +
            FunctionalError("/CC015C/TransitOperation/LRN", "26", "C0410", null) +
            FunctionalError("/CC015C/Guarantee[2]/GuaranteeReference[1]/GRN", "14", "G0117", "26PL0000000000011") +
            FunctionalError("/CC015C/Consignment/HouseConsignment[1]/ConsignmentItem[3]/Packaging[2]/numberOfPackages", "15", "R0022", "0") +
            FunctionalError("/CC015C/Consignment/AdditionalSupplyChainActor[1]/role", "12", "R0909", "FW")));

        Assert.Equal(("CC056C", NotificationKind.Rejected, Lrn, (string?)null), (n.MessageType, n.Kind, n.Lrn, n.Mrn));
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 10, 14, 30, TimeSpan.FromHours(2)), n.DecisionAt);
        Assert.Equal("12: Błędne dane zgłoszenia", n.Reason);
        Assert.Equal(
            [
                ("12", "/CC015C/Consignment/HouseConsignment[1]/ConsignmentItem[2]/Commodity/descriptionOfGoods", "R0001", "x", "$.items[1].description"),
                ("26", "/CC015C/TransitOperation/LRN", "C0410", null, "$.lrn"),
                ("14", "/CC015C/Guarantee[2]/GuaranteeReference[1]/GRN", "G0117", "26PL0000000000011", "$.guarantees[1].grn"),
                ("15", "/CC015C/Consignment/HouseConsignment[1]/ConsignmentItem[3]/Packaging[2]/numberOfPackages", "R0022", "0", "$.items[2].packages[1].count"),
                ("12", "/CC015C/Consignment/AdditionalSupplyChainActor[1]/role", "R0909", "FW", null),
            ],
            n.Errors.Select(e => (e.Code, e.Pointer, e.Rule, e.OriginalValue, e.FieldPath)).ToList());
        Assert.All(n.Errors, e => Assert.Null(e.Text));
    }

    [Fact]
    public void CC056C_without_errors_reason_text_or_LRN_still_reads()
    {
        var n = Parse(Cc056c(string.Empty, withReason: false, withLrn: false));

        Assert.Equal(NotificationKind.Rejected, n.Kind);
        Assert.Equal("12", n.Reason);
        Assert.Null(n.Lrn);
        Assert.Empty(n.Errors);
    }

    [Fact]
    public void CC051C_refuses_release_with_the_motivation()
    {
        var n = Parse(Cc051c());

        Assert.Equal(("CC051C", NotificationKind.NotReleased, (string?)null, Mrn), (n.MessageType, n.Kind, n.Lrn, n.Mrn));
        Assert.Equal("01: Towar niezgodny z deklaracją", n.Reason);
        Assert.Equal(Office, n.Office);
        Assert.Null(n.DecisionAt);
    }

    [Fact]
    public void CC060C_tells_the_controls_and_the_documents_asked_for()
    {
        var n = Parse(Cc060c("""
            <TypeOfControls><sequenceNumber>1</sequenceNumber><type>A1</type><text>Kontrola dokumentów</text></TypeOfControls>
            <TypeOfControls><sequenceNumber>2</sequenceNumber><type>B2</type></TypeOfControls>
            <RequestedDocument><sequenceNumber>1</sequenceNumber><documentType>N380</documentType><description>Faktura handlowa</description></RequestedDocument>
            <RequestedDocument><sequenceNumber>2</sequenceNumber><documentType>N730</documentType></RequestedDocument>
            """));

        Assert.Equal(("CC060C", NotificationKind.ControlDecision, Lrn, Mrn), (n.MessageType, n.Kind, n.Lrn, n.Mrn));
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 11, 0, 0, TimeSpan.FromHours(2)), n.DecisionAt);
        var control = Assert.IsType<ControlNotice>(n.Control);
        Assert.Equal("1", control.Code);
        Assert.Equal("A1: Kontrola dokumentów; B2", control.Text);
        Assert.Equal(["N380: Faktura handlowa", "N730"], control.RequestedDocuments);
    }

    [Fact]
    public void CC060C_without_controls_or_documents_has_an_empty_notice()
    {
        var n = Parse(Cc060c(string.Empty));

        var control = Assert.IsType<ControlNotice>(n.Control);
        Assert.Equal("1", control.Code);
        Assert.Null(control.Text);
        Assert.Empty(control.RequestedDocuments);
    }

    [Fact]
    public void CC045C_writes_the_operation_off()
    {
        var n = Parse(Cc045c());

        Assert.Equal(("CC045C", NotificationKind.WrittenOff, (string?)null, Mrn), (n.MessageType, n.Kind, n.Lrn, n.Mrn));
        Assert.Equal(Midnight1June.AddDays(9), n.DecisionAt);
        Assert.Equal(Office, n.Office);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("0", false)]
    [InlineData(null, null)]
    public void CC009C_decides_on_the_invalidation(string? decision, bool? accepted)
    {
        var n = Parse(Cc009c(decision));

        Assert.Equal(("CC009C", NotificationKind.InvalidationDecision, (string?)null, Mrn), (n.MessageType, n.Kind, n.Lrn, n.Mrn));
        Assert.Equal(accepted, n.Accepted);
        Assert.Equal(new DateTimeOffset(2026, 6, 1, 13, 30, 0, TimeSpan.FromHours(2)), n.DecisionAt);
        Assert.Equal("Zgłoszenie złożone omyłkowo", n.Reason);
    }

    [Fact]
    public void CC009C_without_justification_has_no_reason()
    {
        Assert.Null(Parse(Cc009c("1", withJustification: false)).Reason);
    }

    [Fact]
    public void CC928C_acknowledges_the_declaration()
    {
        var n = Parse(Cc928c());

        Assert.Equal(("CC928C", NotificationKind.Accepted, Lrn, (string?)null), (n.MessageType, n.Kind, n.Lrn, n.Mrn));
        Assert.Equal(Office, n.Office);
        Assert.Equal("WC-MSG-0001", n.CorrelationIdentifier);
    }

    [Fact]
    public void CC917C_rejects_the_XML_with_every_error()
    {
        var n = Parse(Cc917c(
            XmlError(12, 7, "/CC015C/Consignment/grossMass", "15", "Invalid decimal") +
            XmlError(40, 3, null, "12", "Unexpected element"),
            withHeader: true));

        Assert.Equal(("CC917C", NotificationKind.Rejected, Lrn, (string?)null), (n.MessageType, n.Kind, n.Lrn, n.Mrn));
        Assert.Equal(
            [
                ("15", "/CC015C/Consignment/grossMass", "Invalid decimal (line 12, column 7)", "$.consignment.grossMass"),
                ("12", null, "Unexpected element (line 40, column 3)", null),
            ],
            n.Errors.Select(e => (e.Code, e.Pointer, e.Text, e.FieldPath)).ToList());
        Assert.Null(n.Office);
    }

    [Fact]
    public void CC917C_without_header_has_no_references()
    {
        var n = Parse(Cc917c(XmlError(1, 1, null, "13", "Not well formed"), withHeader: false));

        Assert.Null(n.Lrn);
        Assert.Null(n.Mrn);
        Assert.Single(n.Errors);
    }

    [Fact]
    public void CC906C_rejects_functionally()
    {
        var n = Parse(Cc906c(
            FunctionalError("/CC015C/CustomsOfficeOfDeparture/referenceNumber", "12", "R0100", "PL000000") +
            FunctionalError("/CC015C/Consignment/TransportEquipment[2]/Seal[3]/identifier", "13", "C0001", null)));

        Assert.Equal(("CC906C", NotificationKind.Rejected, (string?)null, Mrn), (n.MessageType, n.Kind, n.Lrn, n.Mrn));
        Assert.Equal(
            [("12", "$.offices.departure", "PL000000"), ("13", "$.consignment.transportEquipment[1].seals[2]", null)],
            n.Errors.Select(e => (e.Code, e.FieldPath, e.OriginalValue)).ToList());
    }

    [Fact]
    public void A_message_without_correlation_still_reads()
    {
        var content = Message("CC928C", $"<TransitOperation><LRN>{Lrn}</LRN></TransitOperation>{Departure}{Holder}", withCorrelation: false);

        var n = Parse(content);

        Assert.Null(n.CorrelationIdentifier);
        Assert.Equal(Lrn, n.Lrn);
    }

    [Fact]
    public void An_MRN_allocation_without_MRN_is_an_error_value()
    {
        var content = Message("CC028C", $"<TransitOperation><LRN>{Lrn}</LRN><declarationAcceptanceDate>2026-06-01</declarationAcceptanceDate></TransitOperation>{Departure}{Holder}");

        var result = NctsRequests.Plugin.Parse(NctsRequests.Inbound(content));

        Assert.False(result.Succeeded);
        Assert.Equal(("schema.invalid", "/CC028C/TransitOperation/MRN"), (result.Errors[0].Code, result.Errors[0].Pointer));
        Assert.Contains(result.Warnings, w => w.Code == FormatProblemCodes.SchemaInvalid);
    }

    private static InboundNotification Parse(byte[] content)
    {
        var schemaErrors = NctsOfficialSchemas.Errors(content);
        Assert.True(schemaErrors.Count == 0, "The test message itself breaks the official schema: " + string.Join("; ", schemaErrors));
        var result = NctsRequests.Plugin.Parse(NctsRequests.Inbound(content));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Code} {e.Message}")));
        Assert.Empty(result.Warnings);
        return result.Value!;
    }
}
