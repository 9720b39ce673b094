using System.Text;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;
using WrotaCelne.GatewayTests.Infrastructure;

namespace WrotaCelne.GatewayTests;

/// <summary>Every envelope of a whole exchange, both ways and faults included, matches the schema of the published WS_PULL.wsdl.</summary>
public sealed class EnvelopeSchemaTests(SimulatorServer server) : IClassFixture<SimulatorServer>
{
    [Fact]
    public async Task Requests_answers_and_faults_of_every_operation_validate_against_the_WSDL_schema()
    {
        var client = server.Client();
        var sent = await client.AcceptDocumentAsync(new SeapDocument(new SeapContent(TransitMessages.Sign(TransitMessages.Cc015c("WC/GW/WSDL/1")), "CC015C.xml"), [SeapTargetSystems.Ncts])
        {
            Attachment = new SeapContent(Encoding.UTF8.GetBytes("%PDF-1.4"), "zalacznik.pdf", SeapMime.Pdf),
        });
        Assert.True(sent.Succeeded);
        await Answers.DrainAsync(client);
        await client.GetNextDocumentSiscAsync(new SeapSiscFilter("PL5261040828000000", null, "PL1234567890"));
        await client.GetDocumentsAsync(new SeapDocumentsQuery { SysRef = sent.Value, From = new DateOnly(2026, 6, 1), To = new DateOnly(2026, 6, 2) });
        await client.GetDocumentsAsync(new SeapDocumentsQuery { CorrelatedSysRef = sent.Value });
        await client.GetDocumentsAsync(new SeapDocumentsQuery());
        await server.Client(password: "złe").GetNextDocumentAsync();

        Assert.True(server.Recorder.Requests.Count >= 8, $"{server.Recorder.Requests.Count} requests recorded");
        Assert.All(server.Recorder.Requests.Concat(server.Recorder.Responses), envelope => Assert.Empty(SharedSchemas.EnvelopeBodyErrors(envelope)));
        Assert.Contains(server.Recorder.Responses, r => Encoding.UTF8.GetString(r).Contains("businessErrorFault", StringComparison.Ordinal));
        Assert.Contains(server.Recorder.Responses, r => Encoding.UTF8.GetString(r).Contains("techErrorFault", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_request_carries_the_addressing_and_security_headers()
    {
        var client = server.Client();
        await client.GetNextDocumentAsync();

        var request = System.Xml.Linq.XDocument.Parse(Encoding.UTF8.GetString(server.Recorder.Requests.Last())).Root!;
        var header = request.Element(SeapNames.Soap + "Header")!;
        Assert.Equal("GetNextDocument", header.Element(SeapNames.Addressing + "Action")!.Value);
        Assert.Equal(server.Address.AbsoluteUri, header.Element(SeapNames.Addressing + "To")!.Value);
        Assert.StartsWith("urn:uuid:", header.Element(SeapNames.Addressing + "MessageID")!.Value, StringComparison.Ordinal);
        Assert.Equal(SeapNames.AnonymousAddress, header.Element(SeapNames.Addressing + "ReplyTo")!.Element(SeapNames.Addressing + "Address")!.Value);
        var token = header.Element(SeapNames.Security + "Security")!.Element(SeapNames.Security + "UsernameToken")!;
        Assert.Equal(SimulatorServer.Login, token.Element(SeapNames.Security + "Username")!.Value);
        Assert.Equal(SeapNames.PasswordDigestType, (string?)token.Element(SeapNames.Security + "Password")!.Attribute("Type"));
        Assert.Equal(16, Convert.FromBase64String(token.Element(SeapNames.Security + "Nonce")!.Value).Length);
        Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$", token.Element(SeapNames.Utility + "Created")!.Value);
    }
}
