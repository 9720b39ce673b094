using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;
using WrotaCelne.GatewaySimulator.Store;
using WrotaCelne.IntegrationTests.Declarations;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.IntegrationTests.Signing;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Contracts.Exchange;
using Xunit;
using static WrotaCelne.IntegrationTests.Exchange.DeclarationStates;
using static WrotaCelne.IntegrationTests.Exchange.FaultyGateway;

namespace WrotaCelne.IntegrationTests.Exchange;

/// <summary>
/// The gateway misbehaves (through <see cref="FaultyGateway"/> in front of the real simulator): 5xx, answers lost after
/// the document arrived, stalls past the timeout, a technical SOAP fault, a business fault, a wrong password, a message
/// changed on the way (NPP), answers out of order. The declaration still reaches its end, the simulator takes each LRN
/// once, and what cannot succeed is parked with its reason.
/// </summary>
public sealed class GatewayFaultTests(GatewayFaultTests.Fixture fixture) : IClassFixture<GatewayFaultTests.Fixture>
{
    internal const string Password = "Haslo-Bramki-1";

    private TestHost Host => fixture.Host;

    private FaultyGateway Gateway => fixture.Gateway;

    [Theory]
    [InlineData("retry-a", new[] { Fault.Answer500, Fault.Answer500 }, 3)]
    [InlineData("retry-b", new[] { Fault.ForwardThenAnswer500 }, 1)] // it arrived; the next attempt finds it instead of sending again
    [InlineData("retry-c", new[] { Fault.ForwardThenStall }, 1)] // the same after a timeout
    [InlineData("retry-d", new[] { Fault.TechnicalFault, Fault.TechnicalFault }, 3)] // the gateway's techErrorFault: it did not take the document
    public async Task A_failed_or_unanswered_attempt_is_retried_or_found_and_the_gateway_takes_the_declaration_once(string login, Fault[] faults, int acceptCalls)
    {
        var (administrator, draft) = await PrepareAsync(login, Password);
        var before = Gateway.AcceptCalls;
        Gateway.OnNextAccepts(faults);
        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsync($"/api/v1/declarations/{draft.Id}/submit", null)).StatusCode);

        await StatusAsync(administrator, draft.Id, "WrittenOff");
        Assert.Equal(acceptCalls, Gateway.AcceptCalls - before);
        Assert.Single(Host.Services.GetRequiredService<SeapSimulatorStore>().Submissions, s => s.Lrn == draft.Lrn);
    }

    [Fact]
    public async Task A_business_fault_parks_the_declaration_at_once_with_the_reason_and_sending_again_delivers_it()
    {
        var (administrator, draft) = await PrepareAsync("business", Password);
        var before = Gateway.AcceptCalls;
        Gateway.OnNextAccepts(Fault.StripFileName);
        await administrator.PostAsync($"/api/v1/declarations/{draft.Id}/submit", null);

        var parked = await StatusAsync(administrator, draft.Id, "NeedsAttention");
        Assert.Contains("B002", parked.AttentionReason, StringComparison.Ordinal);
        Assert.Equal(1, Gateway.AcceptCalls - before); // not retried: the gateway refused the document itself

        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsync($"/api/v1/declarations/{draft.Id}/resend", null)).StatusCode);
        await StatusAsync(administrator, draft.Id, "WrittenOff");
        Assert.Single(Host.Services.GetRequiredService<SeapSimulatorStore>().Submissions, s => s.Lrn == draft.Lrn);
    }

    [Fact]
    public async Task A_wrong_gateway_password_is_tried_a_few_times_then_parked_and_after_the_fix_the_declaration_goes()
    {
        var (administrator, draft) = await PrepareAsync("password", "Zle-Haslo");
        await administrator.PostAsync($"/api/v1/declarations/{draft.Id}/submit", null);
        var parked = await StatusAsync(administrator, draft.Id, "NeedsAttention");
        Assert.Contains("E011", parked.AttentionReason, StringComparison.Ordinal);
        Assert.DoesNotContain(Host.Services.GetRequiredService<SeapSimulatorStore>().Submissions, s => s.Lrn == draft.Lrn);

        Assert.Equal(HttpStatusCode.OK, (await administrator.PutAsJsonAsync("/api/v1/declarations/gateway", new { environment = "test", login = "password", password = Password })).StatusCode);
        await administrator.PostAsync($"/api/v1/declarations/{draft.Id}/resend", null);
        await StatusAsync(administrator, draft.Id, "WrittenOff");
    }

    [Fact]
    public async Task A_message_changed_on_the_way_gets_an_NPP_and_the_declaration_is_rejected_with_the_gateways_reason()
    {
        var (administrator, draft) = await PrepareAsync("npp", Password);
        Gateway.OnNextAccepts(Fault.CorruptContent);
        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsync($"/api/v1/declarations/{draft.Id}/submit", null)).StatusCode);

        var rejected = await StatusAsync(administrator, draft.Id, "Rejected");

        Assert.Null(rejected.Mrn);
        var messages = (await administrator.GetFromJsonAsync<List<ExchangeMessageDto>>($"/api/v1/declarations/{draft.Id}/messages"))!;
        Assert.Equal(["out CC015C ", "in NPP Rejected"], messages.Select(m => $"{m.Direction} {m.MessageType} {m.Meaning}"));
        var error = Assert.Single(messages[1].Errors);
        Assert.Equal("NPP-SIG-INVALID", error.Code);
        Assert.Equal("NPP", Assert.Single(Host.Services.GetRequiredService<SeapSimulatorStore>().Submissions, s => s.Login == "npp").Receipt);
    }

    [Fact]
    public async Task A_release_that_comes_before_the_MRN_releases_the_declaration_and_the_late_MRN_moves_nothing_back()
    {
        var (administrator, draft) = await PrepareAsync("reorder", Password);
        Gateway.HoldBackNext("CC028C");
        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsync($"/api/v1/declarations/{draft.Id}/submit", null)).StatusCode);

        var writtenOff = await StatusAsync(administrator, draft.Id, "WrittenOff");

        var messages = (await administrator.GetFromJsonAsync<List<ExchangeMessageDto>>($"/api/v1/declarations/{draft.Id}/messages"))!;
        Assert.Equal(
            ["out CC015C ", "in UPO Receipt", "in CC029C Released", "in CC028C MrnAllocated", "in CC045C WrittenOff"],
            messages.Select(m => $"{m.Direction} {m.MessageType} {m.Meaning}"));
        var mrnAnswer = await administrator.GetStringAsync($"/api/v1/declarations/{draft.Id}/messages/{messages[3].Id}");
        Assert.Contains($"<MRN>{writtenOff.Mrn}</MRN>", mrnAnswer, StringComparison.Ordinal); // the MRN came with the release, and is the same
    }

    private async Task<(HttpClient Administrator, DraftDto Draft)> PrepareAsync(string login, string password)
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        Assert.Equal(HttpStatusCode.OK, (await administrator.PutAsJsonAsync("/api/v1/declarations/gateway", new { environment = "test", login, password })).StatusCode);
        var credential = await SigningCredentialTests.AddAsync(administrator, "Podpis", TestCertificates.Base64KeyFile("Agencja", TimeSpan.FromDays(365), out _), []);
        var draft = await DraftEditingTests.CreateAsync(administrator, SampleDeclarations.Transit(), "FLT-" + Guid.NewGuid().ToString("N")[..8]);
        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsJsonAsync($"/api/v1/declarations/{draft.Id}/sign", new { credentialId = credential.Id })).StatusCode);
        return (administrator, draft);
    }

    /// <summary>A host whose "test" gateway is the faulty network in front of its own simulator, with quick retries.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public TestHost Host { get; private set; } = null!;

        public FaultyGateway Gateway { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Gateway = await FaultyGateway.StartAsync();
            var settings = new Dictionary<string, string>
            {
                ["GatewaySimulator:Delays:Receipt"] = "00:00:00",
                ["GatewaySimulator:Delays:Mrn"] = "00:00:00",
                ["GatewaySimulator:Delays:Release"] = "00:00:00",
                ["GatewaySimulator:Delays:WriteOff"] = "00:00:00",
                ["Modules:Declarations:Gateway:Test"] = Gateway.Address.ToString(),
                ["Modules:Declarations:Gateway:DispatchInterval"] = "00:00:00.200",
                ["Modules:Declarations:Gateway:PollInterval"] = "00:00:00.300",
                ["Modules:Declarations:Gateway:Timeout"] = "00:00:01.500",
                ["Modules:Declarations:Gateway:MaxAttempts"] = "3",
                ["Modules:Declarations:Gateway:FirstRetryAfter"] = "00:00:00.200",
            };
            foreach (var login in new[] { "retry-a", "retry-b", "retry-c", "retry-d", "business", "password", "unsolicited", "npp", "reorder" })
            {
                settings[$"GatewaySimulator:Accounts:{login}"] = Password;
            }

            Host = await TestHost.StartAsync(settings);
            Gateway.Simulator = Host.Services.GetRequiredService<BuiltInGateway>().Address;
        }

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            await Gateway.DisposeAsync();
        }
    }
}
