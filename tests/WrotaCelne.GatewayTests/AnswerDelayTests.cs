using Microsoft.Extensions.Configuration;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;
using WrotaCelne.GatewayTests.Infrastructure;

namespace WrotaCelne.GatewayTests;

/// <summary>Answers fall due after their configured delays, on the simulator's clock; exit and write-off can be switched off.</summary>
public sealed class AnswerDelayTests
{
    [Fact]
    public async Task Each_answer_is_handed_out_only_once_its_delay_after_the_previous_one_has_passed()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 6, 1, 8, 0, 0, TimeSpan.Zero));
        var server = new SimulatorServer(null, o => o.Delays = new()
        {
            Receipt = TimeSpan.FromMinutes(1), Mrn = TimeSpan.FromMinutes(2), Release = TimeSpan.FromMinutes(3), Exit = TimeSpan.FromMinutes(4), WriteOff = TimeSpan.FromMinutes(5),
        }, clock);
        await server.InitializeAsync();
        try
        {
            var client = server.Client(time: clock);
            await SendAsync(client, DeclarationMessages.Cc515c("WC/GW/DELAY/EX"), SeapTargetSystems.Aes);
            await SendAsync(client, TransitMessages.Cc015c("WC/GW/DELAY/T"), SeapTargetSystems.Ncts);

            List<string[]> handedOut = [];
            foreach (var minutes in new[] { 0, 1, 2, 3, 4, 1 })
            {
                clock.Now += TimeSpan.FromMinutes(minutes);
                handedOut.Add((await Answers.DrainAsync(client)).Select(a => Answers.Xml(a).Name.LocalName).ToArray());
            }

            Assert.Equal([[], ["UPO", "UPO"], ["CC528C", "CC028C"], ["CC529C", "CC029C"], ["CC599C"], ["CC045C"]], handedOut);
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("-00:00:01")]
    public async Task An_empty_or_negative_exit_and_write_off_delay_leaves_those_answers_out(string delay)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["GatewaySimulator:Delays:Receipt"] = "00:00:00",
            ["GatewaySimulator:Delays:Mrn"] = "00:00:00",
            ["GatewaySimulator:Delays:Release"] = "00:00:00",
            ["GatewaySimulator:Delays:Exit"] = delay,
            ["GatewaySimulator:Delays:WriteOff"] = delay,
        }).Build();
        var server = new SimulatorServer(configuration, null);
        await server.InitializeAsync();
        try
        {
            var client = server.Client();
            await SendAsync(client, DeclarationMessages.Cc515c("WC/GW/OFF/EX"), SeapTargetSystems.Aes);
            await SendAsync(client, TransitMessages.Cc015c("WC/GW/OFF/T"), SeapTargetSystems.Ncts);

            var answers = await Answers.DrainAsync(client);

            Assert.Equal(["UPO", "CC528C", "CC529C", "UPO", "CC028C", "CC029C"], answers.Select(a => Answers.Xml(a).Name.LocalName));
        }
        finally
        {
            await server.DisposeAsync();
        }
    }

    private static async Task SendAsync(SeapClient client, byte[] declaration, string system)
    {
        var result = await client.AcceptDocumentAsync(TransitMessages.Document(TransitMessages.Sign(declaration), "declaration.xml", system));
        Assert.True(result.Succeeded, result.Error?.ToString());
    }

    private sealed class ManualClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
