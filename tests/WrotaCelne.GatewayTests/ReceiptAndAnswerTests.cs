using System.Text;
using System.Xml.Linq;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;
using WrotaCelne.GatewayTests.Infrastructure;
using WrotaCelne.Plugins.Abstractions.Formats;

namespace WrotaCelne.GatewayTests;

/// <summary>What comes back through GetNextDocument: NPP for unsigned, tampered or invalid messages; UPO then MRN, release and write-off, or a rejection, for a signed CC015C.</summary>
public sealed class ReceiptAndAnswerTests(SimulatorServer server) : IClassFixture<SimulatorServer>
{
    private static readonly XNamespace R = Answers.Receipt;

    [Fact]
    public async Task An_unsigned_CC015C_is_accepted_and_answered_with_an_NPP()
    {
        var client = server.Client();
        var sysRef = await SendAsync(client, TransitMessages.Cc015c("WC/GW/NPP/1"));

        var answer = Assert.Single(await Answers.ToAsync(client, sysRef));

        var npp = Answers.Xml(answer);
        Assert.Equal(R + "NPP", npp.Name);
        Assert.Equal((sysRef, "WC/GW/NPP/1", "CC015C"), (npp.Element(R + "sysRef")!.Value, npp.Element(R + "LRN")!.Value, npp.Element(R + "messageType")!.Value));
        Assert.Equal("NPP-SIG-MISSING", npp.Element(R + "error")!.Element(R + "code")!.Value);
        Assert.Equal(("NPP", "WC/GW/NPP/1"), (server.Store.Submissions.Single(s => s.SysRef == sysRef).Receipt, server.Store.Submissions.Single(s => s.SysRef == sysRef).Lrn));
    }

    [Fact]
    public async Task A_CC015C_changed_after_signing_gets_an_NPP_with_the_signature_problem()
    {
        var client = server.Client();
        var signed = TransitMessages.Sign(TransitMessages.Cc015c("WC/GW/TAMPER/1"));
        var sysRef = await SendAsync(client, TransitMessages.Tamper(signed, "Meble drewniane", "Meble metalowe"));

        var npp = Answers.Xml(Assert.Single(await Answers.ToAsync(client, sysRef)));

        Assert.Equal(R + "NPP", npp.Name);
        Assert.All(npp.Elements(R + "error"), e => Assert.Equal("NPP-SIG-INVALID", e.Element(R + "code")!.Value));
        Assert.NotEmpty(npp.Elements(R + "error"));
    }

    [Fact]
    public async Task A_signed_CC015C_against_its_schema_gets_an_NPP_with_the_element_path()
    {
        var client = server.Client();
        var invalid = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(TransitMessages.Cc015c("WC/GW/XSD/1")).Replace("<security>0</security>", "<security>X</security>", StringComparison.Ordinal));
        var sysRef = await SendAsync(client, TransitMessages.Sign(invalid));

        var npp = Answers.Xml(Assert.Single(await Answers.ToAsync(client, sysRef)));

        var error = Assert.Single(npp.Elements(R + "error"));
        Assert.Equal(("NPP-XSD", "/CC015C/TransitOperation/security"), (error.Element(R + "code")!.Value, error.Element(R + "pointer")!.Value));
    }

    [Theory]
    [InlineData(0, 'J')]
    [InlineData(2, 'K')]
    public async Task A_signed_valid_CC015C_gets_a_UPO_then_CC028C_with_a_valid_MRN_then_CC029C_then_the_write_off_CC045C(int security, char procedure)
    {
        var client = server.Client();
        var lrn = $"WC/GW/OK/{security}";
        var sysRef = await SendAsync(client, TransitMessages.Sign(TransitMessages.Cc015c(lrn, security)));

        var answers = await Answers.ToAsync(client, sysRef);

        Assert.Equal(["UPO", "CC028C", "CC029C", "CC045C"], answers.Select(a => Answers.Xml(a).Name.LocalName));
        var upo = Answers.Xml(answers[0]);
        Assert.Equal((sysRef, lrn, TransitMessages.MessageIdentification), (upo.Element(R + "sysRef")!.Value, upo.Element(R + "LRN")!.Value, upo.Element(R + "messageIdentification")!.Value));
        Assert.Empty(upo.Elements(R + "error"));
        var mrn = Answers.Xml(answers[1]).Element("TransitOperation")!.Element("MRN")!.Value;
        MrnCheck.Valid(mrn, procedure);
        Assert.All(answers.Skip(1), a => Assert.Empty(SharedSchemas.NctsErrors(a.Content.Data)));
        Assert.All(answers, a => Assert.Equal([SeapTargetSystems.Trader], a.TargetSystems));
        Assert.Equal(4, answers.Select(a => a.DispatchId).Distinct().Count());

        // Read by the real NCTS plugin: CC045C carries the MRN only, the others the LRN too; all correlate with the CC015C.
        var read = answers.Skip(1).Select(a => DeclarationMessages.Parse(a, SeapTargetSystems.Ncts)).ToList();
        Assert.Equal([NotificationKind.MrnAllocated, NotificationKind.Released, NotificationKind.WrittenOff], read.Select(n => n.Kind));
        Assert.All(read, n => Assert.Equal((mrn, TransitMessages.MessageIdentification, "PL321010"), (n.Mrn, n.CorrelationIdentifier, n.Office)));
        Assert.Equal([lrn, lrn, null], read.Select(n => n.Lrn));
        Assert.All(read, n => Assert.NotNull(n.DecisionAt));
    }

    [Fact]
    public async Task The_check_digit_of_the_test_matches_the_published_examples()
    {
        Assert.Equal(6, MrnCheck.Digit("21DE2736491638483"));
        Assert.Equal(4, MrnCheck.Digit("21DE1234567890123"));
        await Task.CompletedTask;
    }

    [Fact]
    public async Task A_CC015C_matching_a_rejection_rule_gets_a_UPO_then_CC056C_with_a_functional_error()
    {
        var client = server.Client();
        var lrn = SimulatorServer.RejectPrefix + "/GW/1";
        var sysRef = await SendAsync(client, TransitMessages.Sign(TransitMessages.Cc015c(lrn)));

        var answers = await Answers.ToAsync(client, sysRef);

        Assert.Equal(["UPO", "CC056C"], answers.Select(a => Answers.Xml(a).Name.LocalName));
        Assert.Empty(SharedSchemas.NctsErrors(answers[1].Content.Data));
        var rejection = DeclarationMessages.Parse(answers[1], SeapTargetSystems.Ncts);
        Assert.Equal((NotificationKind.Rejected, lrn, null), (rejection.Kind, rejection.Lrn, rejection.Mrn));
        var error = Assert.Single(rejection.Errors);
        Assert.Equal(("12", "/CC015C/TransitOperation/LRN", "SIM0001", lrn, "$.lrn"), (error.Code, error.Pointer, error.Rule, error.OriginalValue, error.FieldPath));
    }

    [Fact]
    public async Task With_nothing_due_GetNextDocument_answers_no_document_and_hasNext_false()
    {
        var client = server.Client();
        await Answers.DrainAsync(client);

        var next = await client.GetNextDocumentAsync();

        Assert.True(next.Succeeded);
        Assert.Equal(new SeapNextDocument(null, false), next.Value);
    }

    [Fact]
    public async Task HasNext_is_true_while_more_answers_are_due()
    {
        var client = server.Client();
        await Answers.DrainAsync(client);
        await SendAsync(client, TransitMessages.Sign(TransitMessages.Cc015c("WC/GW/NEXT/1")));

        var first = await client.GetNextDocumentAsync();
        var siscFiltered = await client.GetNextDocumentSiscAsync(new SeapSiscFilter(IdSiscRof: "PL5261040828000000"));
        var third = await client.GetNextDocumentAsync();
        var last = await client.GetNextDocumentAsync(); // UPO, CC028C, CC029C, CC045C

        Assert.True(first.Value!.HasNext);
        Assert.True(siscFiltered.Value!.HasNext);
        Assert.True(third.Value!.HasNext);
        Assert.False(last.Value!.HasNext);
        Assert.NotNull(last.Value.Document);
    }

    [Fact]
    public async Task Another_login_never_sees_the_first_logins_answers()
    {
        var first = server.Client();
        var other = server.Client(SimulatorServer.OtherLogin, SimulatorServer.OtherPassword);
        await Answers.DrainAsync(other);
        var sysRef = await SendAsync(first, TransitMessages.Sign(TransitMessages.Cc015c("WC/GW/LOGIN/1")));

        Assert.Empty(await Answers.DrainAsync(other));
        Assert.Empty((await other.GetDocumentsAsync(new SeapDocumentsQuery { SysRef = sysRef })).Value!.Documents);
        Assert.Equal(4, (await Answers.ToAsync(first, sysRef)).Count);
    }

    [Fact]
    public async Task GetDocuments_finds_the_sent_document_by_sysRef_and_its_answers_by_correlation()
    {
        var client = server.Client();
        var content = TransitMessages.Sign(TransitMessages.Cc015c("WC/GW/FIND/1"));
        var sysRef = await SendAsync(client, content);

        var sent = await client.GetDocumentsAsync(new SeapDocumentsQuery { SysRef = sysRef });
        var answers = await client.GetDocumentsAsync(new SeapDocumentsQuery { CorrelatedSysRef = sysRef });
        var tooLong = await client.GetDocumentsAsync(new SeapDocumentsQuery { From = new DateOnly(2026, 1, 1), To = new DateOnly(2026, 1, 12) });

        Assert.Equal(content, Assert.Single(sent.Value!.Documents).Content.Data);
        Assert.Equal(1, sent.Value.Count);
        Assert.Equal(4, answers.Value!.Documents.Count);
        Assert.Equal("B006", Assert.IsType<SeapError.BusinessFault>(tooLong.Error).Code);
    }

    private static async Task<string> SendAsync(SeapClient client, byte[] content)
    {
        var result = await client.AcceptDocumentAsync(TransitMessages.Document(content));
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Value;
    }
}
