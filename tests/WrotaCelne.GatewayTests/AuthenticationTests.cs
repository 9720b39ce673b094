using System.Text;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;
using WrotaCelne.GatewaySimulator;
using WrotaCelne.GatewayTests.Infrastructure;

namespace WrotaCelne.GatewayTests;

/// <summary>What the simulated gateway refuses before it looks at a document: faults the client maps to their kinds, nothing recorded.</summary>
public sealed class AuthenticationTests(SimulatorServer server) : IClassFixture<SimulatorServer>
{
    private static SeapDocument Unsigned() => TransitMessages.Document(Encoding.UTF8.GetBytes("<a>1</a>"), "a.xml");

    [Fact]
    public async Task A_document_is_accepted_with_a_sysRef_and_recorded()
    {
        var before = server.Store.Submissions.Count;

        var result = await server.Client().AcceptDocumentAsync(Unsigned());

        Assert.True(result.Succeeded, result.Error?.ToString());
        var recorded = server.Store.Submissions.Single(s => s.SysRef == result.Value);
        Assert.Equal((SimulatorServer.Login, "a.xml", "a"), (recorded.Login, recorded.FileName, recorded.MessageType));
        Assert.Equal(before + 1, server.Store.Submissions.Count);
        var second = await server.Client().AcceptDocumentAsync(Unsigned());
        Assert.NotEqual(result.Value, second.Value);
    }

    [Fact]
    public async Task A_wrong_password_is_a_technical_fault_E011() =>
        await AssertRefused(server.Client(password: "złe-hasło"), SimulatorErrorCodes.AuthenticationFailed);

    [Fact]
    public async Task An_unknown_login_is_a_technical_fault_E011() =>
        await AssertRefused(server.Client(login: "nieznany", password: SimulatorServer.Password), SimulatorErrorCodes.AuthenticationFailed);

    [Theory]
    [InlineData(-6)]
    [InlineData(6)]
    public async Task A_Created_more_than_five_minutes_off_is_a_technical_fault_E012(int minutes) =>
        await AssertRefused(server.Client(time: new ShiftedTime(TimeSpan.FromMinutes(minutes))), SimulatorErrorCodes.StaleCreated);

    [Fact]
    public async Task A_Created_four_minutes_off_is_accepted() =>
        Assert.True((await server.Client(time: new ShiftedTime(TimeSpan.FromMinutes(-4))).AcceptDocumentAsync(Unsigned())).Succeeded);

    [Fact]
    public async Task A_replayed_nonce_is_a_technical_fault_E013()
    {
        var client = server.Client(inner: recording => new ReplayingHandler { InnerHandler = recording });
        Assert.True((await client.AcceptDocumentAsync(Unsigned())).Succeeded);
        var count = server.Store.Submissions.Count;

        var replayed = await client.AcceptDocumentAsync(Unsigned());

        Assert.Equal(new SeapError.TechnicalFault(SimulatorErrorCodes.NonceReused, "The nonce was already used."), replayed.Error);
        Assert.Equal(count, server.Store.Submissions.Count);
    }

    [Fact]
    public async Task A_wrong_Action_is_a_technical_fault_E003() =>
        await AssertRefused(
            Tampering(text => text.Replace(">AcceptDocument</wsa:Action>", ">GetNextDocument</wsa:Action>", StringComparison.Ordinal)),
            SimulatorErrorCodes.WrongAction);

    [Fact]
    public async Task A_missing_UsernameToken_is_a_technical_fault_E010() =>
        await AssertRefused(
            Tampering(text => text[..text.IndexOf("<wsse:Security", StringComparison.Ordinal)] + text[(text.IndexOf("</wsse:Security>", StringComparison.Ordinal) + "</wsse:Security>".Length)..]),
            SimulatorErrorCodes.SecurityMissing);

    [Fact]
    public async Task Malformed_XML_is_a_technical_fault_E001_and_nothing_is_recorded() =>
        await AssertRefused(Tampering(text => text[..(text.Length / 2)]), SimulatorErrorCodes.MalformedEnvelope);

    [Fact]
    public async Task An_envelope_with_an_external_entity_is_refused_E001_and_nothing_is_recorded() =>
        await AssertRefused(
            Tampering(text => """<?xml version="1.0"?><!DOCTYPE e [<!ENTITY x SYSTEM "file:///etc/passwd">]>"""
                              + text[text.IndexOf("<soap:Envelope", StringComparison.Ordinal)..].Replace("<common:targetSystems>", "<common:targetSystems>&x;", StringComparison.Ordinal)),
            SimulatorErrorCodes.MalformedEnvelope);

    [Fact]
    public async Task A_body_against_the_WSDL_schema_is_a_technical_fault_E004() =>
        await AssertRefused(Tampering(text => text.Replace("<common:system>NCTS2</common:system>", "<common:system>NCTS9</common:system>", StringComparison.Ordinal)), SimulatorErrorCodes.SchemaInvalid);

    [Fact]
    public async Task A_document_without_a_file_name_is_a_business_fault_B002()
    {
        var count = server.Store.Submissions.Count;

        var result = await server.Client().AcceptDocumentAsync(new SeapDocument(new SeapContent([1, 2, 3], null), [SeapTargetSystems.Ncts]));

        Assert.Equal(SimulatorErrorCodes.FileNameMissing, Assert.IsType<SeapError.BusinessFault>(result.Error).Code);
        Assert.Equal(count, server.Store.Submissions.Count);
    }

    private SeapClient Tampering(Func<string, string> rewrite) =>
        server.Client(inner: recording => new TamperingHandler(rewrite) { InnerHandler = recording });

    private async Task AssertRefused(SeapClient client, string code)
    {
        var count = server.Store.Submissions.Count;

        var result = await client.AcceptDocumentAsync(TransitMessages.Document(Encoding.UTF8.GetBytes("<a>1</a>"), "a.xml"));

        Assert.False(result.Succeeded);
        Assert.Equal(code, Assert.IsType<SeapError.TechnicalFault>(result.Error).Code);
        Assert.Equal(count, server.Store.Submissions.Count);
    }
}
