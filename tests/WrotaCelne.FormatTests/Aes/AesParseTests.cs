using WrotaCelne.FormatTests.Data;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Formats.Aes;
using Xunit;

namespace WrotaCelne.FormatTests.Aes;

/// <summary>Every AES answer read field by field, with optional parts absent, several errors, and incomplete answers refused.</summary>
public sealed class AesParseTests
{
    private static readonly AesFormatPlugin Plugin = Messages.Configured<AesFormatPlugin>();

    private static InboundNotification Parse(string xml)
    {
        var result = Plugin.Parse(Messages.Inbound(xml));
        Assert.True(result.Succeeded, string.Join("\n", result.Errors.Select(e => $"{e.Code} {e.Pointer}: {e.Message}")));
        Assert.Equal([FormatProblemCodes.SchemaAbsent], result.Warnings.Select(w => w.Code));
        return result.Value!;
    }

    [Fact]
    public void Cc528c_allocates_the_mrn()
    {
        var n = Parse(AesAnswers.Cc528C());

        Assert.Equal(("CC528C", NotificationKind.MrnAllocated), (n.MessageType, n.Kind));
        Assert.Equal("WC/2026/E/0001", n.Lrn);
        Assert.Equal(AesAnswers.Mrn, n.Mrn);
        Assert.Equal("PL-CC528C-0042", n.MessageIdentification);
        Assert.Equal("MSG-0001", n.CorrelationIdentifier);
        Assert.Equal(new DateTimeOffset(2026, 6, 2, 9, 15, 0, TimeSpan.FromHours(2)), n.PreparedAt);
        Assert.Equal(new DateTimeOffset(2026, 6, 2, 9, 14, 30, TimeSpan.FromHours(2)), n.DecisionAt);
        Assert.Equal("PL321010", n.Office);
        Assert.Null(n.Accepted);
        Assert.Null(n.Reason);
        Assert.Empty(n.Errors);
        Assert.Null(n.Control);
    }

    [Fact]
    public void Cc528c_without_lrn_and_correlation_still_gives_the_mrn()
    {
        var n = Parse(AesAnswers.Message("CC528C", $"<ExportOperation><MRN>{AesAnswers.Mrn}</MRN></ExportOperation>", correlation: false));

        Assert.Equal(AesAnswers.Mrn, n.Mrn);
        Assert.Null(n.Lrn);
        Assert.Null(n.CorrelationIdentifier);
        Assert.Null(n.DecisionAt);
        Assert.Null(n.Office);
    }

    [Fact]
    public void Cc529c_releases_for_export()
    {
        var n = Parse(AesAnswers.Message("CC529C", $"""
            <ExportOperation><LRN>WC/2026/E/0001</LRN><MRN>{AesAnswers.Mrn}</MRN><releaseDate>2026-06-02T11:00:00+02:00</releaseDate></ExportOperation>
            <CustomsOfficeOfExport><referenceNumber>PL321010</referenceNumber></CustomsOfficeOfExport>
            <GoodsShipment><GoodsItem><declarationGoodsItemNumber>1</declarationGoodsItemNumber></GoodsItem></GoodsShipment>
            """));

        Assert.Equal(NotificationKind.Released, n.Kind);
        Assert.Equal(AesAnswers.Mrn, n.Mrn);
        Assert.Equal("WC/2026/E/0001", n.Lrn);
        Assert.Equal(new DateTimeOffset(2026, 6, 2, 9, 0, 0, TimeSpan.Zero), n.DecisionAt!.Value.ToUniversalTime());
        Assert.Equal("PL321010", n.Office);
    }

    [Fact]
    public void Cc556c_lists_every_functional_error_with_its_canonical_path()
    {
        var n = Parse(AesAnswers.Message("CC556C", """
            <ExportOperation><LRN>WC/2026/E/0001</LRN><businessRejectionType>515</businessRejectionType><rejectionDateAndTime>2026-06-02T09:20:00</rejectionDateAndTime><rejectionCode>12</rejectionCode><rejectionReason>Błędy w zgłoszeniu</rejectionReason></ExportOperation>
            <CustomsOfficeOfExport><referenceNumber>PL321010</referenceNumber></CustomsOfficeOfExport>
            <FunctionalError><errorPointer>/CC515C/GoodsShipment/GoodsItem[2]/Commodity/descriptionOfGoods</errorPointer><errorCode>12</errorCode><errorReason>R0021</errorReason><originalAttributeValue>Meble</originalAttributeValue></FunctionalError>
            <FunctionalError><errorPointer>/CC515C/GoodsShipment/GoodsItem[1]/Commodity/CommodityCode/combinedNomenclatureCode</errorPointer><errorCode>14</errorCode><errorReason>Kod CN nie istnieje w taryfie</errorReason></FunctionalError>
            <FunctionalError><errorPointer>/CC515C/CustomsOfficeOfExitDeclared/referenceNumber</errorPointer><errorCode>12</errorCode><errorReason>C0456</errorReason><originalAttributeValue>PL999999</originalAttributeValue></FunctionalError>
            <FunctionalError><errorPointer>/CC515C/GoodsShipment/GoodsItem[3]/Packaging[2]/numberOfPackages</errorPointer><errorCode>15</errorCode><errorReason>R0123</errorReason></FunctionalError>
            <FunctionalError><errorPointer>/CC515C/Exporter/Address/city</errorPointer><errorCode>13</errorCode><errorReason>G0040</errorReason></FunctionalError>
            <FunctionalError><errorPointer>/CC515C/messageSender</errorPointer><errorCode>90</errorCode><errorReason>Nadawca nieznany</errorReason></FunctionalError>
            """));

        Assert.Equal(NotificationKind.Rejected, n.Kind);
        Assert.Equal("WC/2026/E/0001", n.Lrn);
        Assert.Null(n.Mrn);
        Assert.Equal("12: Błędy w zgłoszeniu", n.Reason);
        Assert.Equal(new DateTimeOffset(2026, 6, 2, 9, 20, 0, TimeSpan.FromHours(2)), n.DecisionAt);
        Assert.Equal(6, n.Errors.Count);
        var first = n.Errors[0];
        Assert.Equal(("12", "/CC515C/GoodsShipment/GoodsItem[2]/Commodity/descriptionOfGoods", "R0021"), (first.Code, first.Pointer, first.Text));
        Assert.Equal(("R0021", "Meble", "$.items[1].description"), (first.Rule, first.OriginalValue, first.FieldPath));
        Assert.Equal(("14", "Kod CN nie istnieje w taryfie", null, null), (n.Errors[1].Code, n.Errors[1].Text, n.Errors[1].Rule, n.Errors[1].OriginalValue));
        Assert.Equal("$.items[0].commodityCode", n.Errors[1].FieldPath);
        Assert.Equal(("$.offices.exit", "PL999999", "C0456"), (n.Errors[2].FieldPath, n.Errors[2].OriginalValue, n.Errors[2].Rule));
        Assert.Equal("$.items[2].packages[1].count", n.Errors[3].FieldPath);
        Assert.Equal("$.parties.exporter.address.city", n.Errors[4].FieldPath);
        Assert.Null(n.Errors[5].FieldPath);
    }

    [Fact]
    public void Cc556c_without_functional_errors_gives_the_rejection_code_alone()
    {
        var n = Parse(AesAnswers.Message("CC556C", $"<ExportOperation><MRN>{AesAnswers.Mrn}</MRN><rejectionCode>4</rejectionCode></ExportOperation>"));

        Assert.Equal(NotificationKind.Rejected, n.Kind);
        Assert.Equal("4", n.Reason);
        Assert.Empty(n.Errors);
        Assert.Null(n.Office);
    }

    [Fact]
    public void Cc551c_refuses_release_with_its_motivation()
    {
        var n = Parse(AesAnswers.Message("CC551C", $"""
            <ExportOperation><LRN>WC/2026/E/0001</LRN><MRN>{AesAnswers.Mrn}</MRN><noReleaseDateAndTime>2026-06-03T08:00:00</noReleaseDateAndTime><noReleaseMotivationCode>2</noReleaseMotivationCode><noReleaseMotivationText>Towar objęty zakazem wywozu</noReleaseMotivationText></ExportOperation>
            <CustomsOfficeOfExport><referenceNumber>PL321010</referenceNumber></CustomsOfficeOfExport>
            """));

        Assert.Equal(NotificationKind.NotReleased, n.Kind);
        Assert.Equal("2: Towar objęty zakazem wywozu", n.Reason);
        Assert.Equal(new DateTimeOffset(2026, 6, 3, 8, 0, 0, TimeSpan.FromHours(2)), n.DecisionAt);
        Assert.Equal("PL321010", n.Office);
    }

    [Fact]
    public void Cc560c_gives_the_control_decision_and_requested_documents()
    {
        var n = Parse(AesAnswers.Message("CC560C", $"""
            <ExportOperation><MRN>{AesAnswers.Mrn}</MRN><controlNotificationDateAndTime>2026-06-02T10:00:00</controlNotificationDateAndTime><notificationType>1</notificationType></ExportOperation>
            <CustomsOfficeOfExport><referenceNumber>PL321010</referenceNumber></CustomsOfficeOfExport>
            <TypeOfControls><sequenceNumber>1</sequenceNumber><type>A</type><text>Kontrola dokumentów</text></TypeOfControls>
            <TypeOfControls><sequenceNumber>2</sequenceNumber><type>B</type><text>Rewizja towaru</text></TypeOfControls>
            <RequestedDocument><sequenceNumber>1</sequenceNumber><documentType>N380</documentType><description>Faktura</description></RequestedDocument>
            <RequestedDocument><sequenceNumber>2</sequenceNumber><documentType>N730</documentType></RequestedDocument>
            """));

        Assert.Equal(NotificationKind.ControlDecision, n.Kind);
        Assert.Equal(AesAnswers.Mrn, n.Mrn);
        Assert.NotNull(n.Control);
        Assert.Equal("A", n.Control.Code);
        Assert.Equal("Kontrola dokumentów; Rewizja towaru", n.Control.Text);
        Assert.Equal(["N380", "N730"], n.Control.RequestedDocuments);
    }

    [Fact]
    public void Cc560c_with_only_a_notification_type_uses_it_as_the_code()
    {
        var n = Parse(AesAnswers.Message("CC560C", $"<ExportOperation><MRN>{AesAnswers.Mrn}</MRN><notificationType>0</notificationType></ExportOperation>"));

        Assert.Equal("0", n.Control!.Code);
        Assert.Null(n.Control.Text);
        Assert.Empty(n.Control.RequestedDocuments);
    }

    [Fact]
    public void Cc599c_confirms_exit()
    {
        var n = Parse(AesAnswers.Message("CC599C", $"""
            <ExportOperation><MRN>{AesAnswers.Mrn}</MRN><exitDate>2026-06-05</exitDate></ExportOperation>
            <CustomsOfficeOfExitActual><referenceNumber>PL301050</referenceNumber></CustomsOfficeOfExitActual>
            <ExitControlResult><code>A1</code></ExitControlResult>
            """));

        Assert.Equal(NotificationKind.ExitConfirmed, n.Kind);
        Assert.Equal(new DateTimeOffset(2026, 6, 5, 0, 0, 0, TimeSpan.FromHours(2)), n.DecisionAt);
        Assert.Equal("PL301050", n.Office);
        Assert.Equal("A1", n.Reason);
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("0", false)]
    public void Cc509c_says_whether_the_invalidation_was_granted(string decision, bool accepted)
    {
        var n = Parse(AesAnswers.Message("CC509C", $"""
            <ExportOperation><LRN>WC/2026/E/0001</LRN><MRN>{AesAnswers.Mrn}</MRN></ExportOperation>
            <Invalidation><requestDateAndTime>2026-06-02T12:00:00</requestDateAndTime><decisionDateAndTime>2026-06-02T13:00:00</decisionDateAndTime><decision>{decision}</decision><initiatedByCustoms>0</initiatedByCustoms><justification>Na wniosek zgłaszającego</justification></Invalidation>
            <CustomsOfficeOfExport><referenceNumber>PL321010</referenceNumber></CustomsOfficeOfExport>
            """));

        Assert.Equal(NotificationKind.InvalidationDecision, n.Kind);
        Assert.Equal(accepted, n.Accepted);
        Assert.Equal("Na wniosek zgłaszającego", n.Reason);
        Assert.Equal(new DateTimeOffset(2026, 6, 2, 13, 0, 0, TimeSpan.FromHours(2)), n.DecisionAt);
    }

    [Theory]
    [InlineData("CC528C", "<ExportOperation><LRN>WC/2026/E/0001</LRN></ExportOperation>", "/CC528C/ExportOperation/MRN")]
    [InlineData("CC529C", "<ExportOperation><MRN> </MRN></ExportOperation>", "/CC529C/ExportOperation/MRN")]
    [InlineData("CC509C", "<ExportOperation><MRN>26PL32101000000017</MRN></ExportOperation>", "/CC509C/Invalidation/decision")]
    [InlineData("CC556C", "<ExportOperation><LRN>X</LRN></ExportOperation>", "/CC556C/ExportOperation/rejectionCode")]
    public void An_answer_without_what_its_kind_needs_is_refused(string type, string body, string pointer)
    {
        var result = Plugin.Parse(Messages.Inbound(AesAnswers.Message(type, body)));

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(("answer.incomplete", pointer), (error.Code, error.Pointer));
    }

    [Fact]
    public void Unreadable_dates_and_flags_are_left_out_with_a_warning()
    {
        var result = Plugin.Parse(Messages.Inbound(AesAnswers.Message("CC509C", $"<ExportOperation><MRN>{AesAnswers.Mrn}</MRN></ExportOperation><Invalidation><decisionDateAndTime>jutro</decisionDateAndTime><decision>tak</decision></Invalidation>")));

        Assert.True(result.Succeeded);
        Assert.Null(result.Value!.DecisionAt);
        Assert.Null(result.Value.Accepted);
        Assert.Equal(["/CC509C/Invalidation/decisionDateAndTime", "/CC509C/Invalidation/decision"], result.Warnings.Where(w => w.Code == "answer.incomplete").Select(w => w.Pointer));
    }

    [Fact]
    public void A_declaration_or_an_unknown_answer_is_not_parsed()
    {
        var declaration = Plugin.Parse(Messages.Inbound(AesAnswers.Message("CC515C", "<ExportOperation/>")));
        var unknown = Plugin.Parse(Messages.Inbound(AesAnswers.Message("CC999C", "<ExportOperation/>")));

        Assert.Equal((FormatProblemCodes.UnexpectedRoot, "/CC515C"), (Assert.Single(declaration.Errors).Code, declaration.Errors[0].Pointer));
        Assert.Equal(FormatProblemCodes.UnexpectedRoot, Assert.Single(unknown.Errors).Code);
    }
}
