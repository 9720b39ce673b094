using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;
using WrotaCelne.GatewayTests.Infrastructure;
using WrotaCelne.Plugins.Abstractions.Formats;

namespace WrotaCelne.GatewayTests;

/// <summary>
/// Export (CC515C to AES) and import (ZC415 to AIS) declarations: every business answer the simulator gives is read by the
/// real AES or AIS plugin into the notification the platform applies.
/// </summary>
public sealed class ExportAndImportAnswerTests(SimulatorServer server) : IClassFixture<SimulatorServer>
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    [Theory]
    [InlineData(0, 'A')]
    [InlineData(2, 'B')]
    public async Task A_signed_CC515C_gets_a_UPO_then_CC528C_CC529C_and_the_exit_results_CC599C_that_the_AES_plugin_reads(int security, char procedure)
    {
        var client = server.Client();
        var lrn = $"WC/GW/EX/{security}";
        var sysRef = await SendAsync(client, DeclarationMessages.Cc515c(lrn, security), SeapTargetSystems.Aes);

        var answers = await Answers.ToAsync(client, sysRef);

        Assert.Equal(["UPO", "CC528C", "CC529C", "CC599C"], answers.Select(a => Answers.Xml(a).Name.LocalName));
        Assert.Empty(Answers.Xml(answers[0]).Elements(Answers.Receipt + "error"));
        var read = answers.Skip(1).Select(a => DeclarationMessages.Parse(a, SeapTargetSystems.Aes)).ToList();
        Assert.Equal([NotificationKind.MrnAllocated, NotificationKind.Released, NotificationKind.ExitConfirmed], read.Select(n => n.Kind));
        var mrn = read[0].Mrn!;
        MrnCheck.Valid(mrn, procedure);
        Assert.All(read, n => Assert.Equal((lrn, mrn, TransitMessages.MessageIdentification), (n.Lrn, n.Mrn, n.CorrelationIdentifier)));
        Assert.Equal(["PL321010", "PL321010", "PL301050"], read.Select(n => n.Office)); // the office of export, then the actual office of exit
        Assert.Equal("A1", read[2].Reason);

        // Times are written as Polish clock times: read back they are the instants the answers fell due (to the second, the exit to the day).
        var due = server.Store.AnswersFor(SimulatorServer.Login).Where(a => a.CorrelatedSysRef == sysRef).Skip(1).Select(a => a.DueAt).ToList();
        Assert.Equal([ToSecond(due[0]), ToSecond(due[1])], read.Take(2).Select(n => n.DecisionAt!.Value));
        Assert.Equal(TimeZoneInfo.ConvertTime(due[2], Warsaw).Date, read[2].DecisionAt!.Value.Date);
    }

    [Fact]
    public async Task A_CC515C_matching_the_rejection_rule_gets_CC556C_with_a_functional_error_on_the_LRN_and_nothing_more()
    {
        var client = server.Client();
        var lrn = SimulatorServer.RejectPrefix + "/GW/EX";
        var sysRef = await SendAsync(client, DeclarationMessages.Cc515c(lrn), SeapTargetSystems.Aes);

        var answers = await Answers.ToAsync(client, sysRef);

        Assert.Equal(["UPO", "CC556C"], answers.Select(a => Answers.Xml(a).Name.LocalName));
        var rejection = DeclarationMessages.Parse(answers[1], SeapTargetSystems.Aes);
        Assert.Equal((NotificationKind.Rejected, lrn, null), (rejection.Kind, rejection.Lrn, rejection.Mrn));
        Assert.StartsWith("12: Odrzucenie symulowane", rejection.Reason, StringComparison.Ordinal);
        var error = Assert.Single(rejection.Errors);
        Assert.Equal(("12", "/CC515C/ExportOperation/LRN", "SIM0001", lrn, "$.lrn"), (error.Code, error.Pointer, error.Text, error.OriginalValue, error.FieldPath));
    }

    [Fact]
    public async Task A_CC515C_sent_to_NCTS_gets_an_NPP_and_no_business_answer()
    {
        var client = server.Client();
        var sysRef = await SendAsync(client, DeclarationMessages.Cc515c("WC/GW/EX/NCTS"), SeapTargetSystems.Ncts);

        var npp = Answers.Xml(Assert.Single(await Answers.ToAsync(client, sysRef)));

        Assert.Equal(Answers.Receipt + "NPP", npp.Name);
        Assert.Equal("NPP-SYSTEM", npp.Element(Answers.Receipt + "error")!.Element(Answers.Receipt + "code")!.Value);
    }

    [Fact]
    public async Task A_signed_ZC415_gets_a_UPO_then_ZC429_with_an_import_MRN_and_the_release_PW429_that_the_AIS_plugin_reads()
    {
        var client = server.Client();
        const string lrn = "WC/GW/IM/1";
        var sysRef = await SendAsync(client, DeclarationMessages.Zc415(lrn), SeapTargetSystems.Ais);

        var answers = await Answers.ToAsync(client, sysRef);

        Assert.Equal(["UPO", "ZC429", "PW429"], answers.Select(a => Answers.Xml(a).Name.LocalName));
        var read = answers.Skip(1).Select(a => DeclarationMessages.Parse(a, SeapTargetSystems.Ais)).ToList();
        Assert.Equal([NotificationKind.MrnAllocated, NotificationKind.Released], read.Select(n => n.Kind));
        MrnCheck.Valid(read[0].Mrn!, 'R');
        Assert.All(read, n => Assert.Equal((lrn, read[0].Mrn, TransitMessages.MessageIdentification, "PL321010"), (n.Lrn, n.Mrn, n.CorrelationIdentifier, n.Office)));
        Assert.All(read, n => Assert.NotNull(n.DecisionAt));
    }

    [Fact]
    public async Task A_ZC415_matching_the_rejection_rule_gets_its_UPO_only_as_AIS_has_no_rejection_message_the_plugin_reads()
    {
        var client = server.Client();
        var sysRef = await SendAsync(client, DeclarationMessages.Zc415(SimulatorServer.RejectPrefix + "/GW/IM"), SeapTargetSystems.Ais);

        var answers = await Answers.ToAsync(client, sysRef);

        Assert.Equal(Answers.Receipt + "UPO", Answers.Xml(Assert.Single(answers)).Name);
    }

    private static DateTimeOffset ToSecond(DateTimeOffset at) => new(at.UtcTicks - (at.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);

    private static async Task<string> SendAsync(SeapClient client, byte[] declaration, string system)
    {
        var result = await client.AcceptDocumentAsync(TransitMessages.Document(TransitMessages.Sign(declaration), "declaration.xml", system));
        Assert.True(result.Succeeded, result.Error?.ToString());
        return result.Value;
    }
}
