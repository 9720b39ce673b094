using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.GatewaySimulator.Store;
using WrotaCelne.IntegrationTests.Declarations;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.IntegrationTests.Signing;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Contracts.Exchange;
using Xunit;
using static WrotaCelne.IntegrationTests.Exchange.DeclarationStates;

namespace WrotaCelne.IntegrationTests.Exchange;

/// <summary>
/// Work the platform itself cannot finish for one declaration (here the database refuses one declaration's change, as a
/// broken row or a full disk would): it is tried a few times, then set aside with the reason for a person, and every
/// other declaration keeps flowing. The refusal is a trigger in the real SQLite file.
/// </summary>
public sealed class PoisonMessageTests(PoisonMessageTests.Fixture fixture) : IClassFixture<PoisonMessageTests.Fixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task An_answer_that_cannot_be_applied_is_tried_a_few_times_then_set_aside_for_a_person_while_other_answers_are_applied()
    {
        var (administrator, credentialId) = await PrepareAsync();
        var poisoned = await DraftEditingTests.CreateAsync(administrator, SampleDeclarations.Transit(), "POISON-" + Guid.NewGuid().ToString("N")[..8]);
        var healthy = await DraftEditingTests.CreateAsync(administrator, SampleDeclarations.Transit(), "HEALTHY-" + Guid.NewGuid().ToString("N")[..8]);
        Refuse($"BEFORE UPDATE OF Status ON declarations WHEN NEW.Lrn = '{poisoned.Lrn}' AND NEW.Status IN ('Released', 'WrittenOff')");

        await SubmitAsync(administrator, poisoned.Id, credentialId);
        await SubmitAsync(administrator, healthy.Id, credentialId);

        await StatusAsync(administrator, healthy.Id, "WrittenOff");
        var setAside = await TestHost.EventuallyAsync(async () =>
        {
            var listed = (await administrator.GetFromJsonAsync<UnmatchedDocumentsDto>("/api/v1/declarations/unmatched-documents"))!;
            var found = listed.Documents.Where(d => d.Problem.Contains("could not be applied", StringComparison.Ordinal)).ToList();
            return found.Count == 2 ? found : null;
        }, TimeSpan.FromSeconds(30));
        Assert.Equal(["CC029C", "CC045C"], setAside.Select(d => d.MessageType).Order());
        Assert.All(setAside, d => Assert.Contains("(5 attempts): SQLite Error 19: 'refused for the test'", d.Problem, StringComparison.Ordinal));
        var release = setAside.Single(d => d.MessageType == "CC029C");
        Assert.Contains(poisoned.Lrn, await administrator.GetStringAsync($"/api/v1/declarations/unmatched-documents/{release.Id}"), StringComparison.Ordinal); // kept whole

        var stuck = (await administrator.GetFromJsonAsync<DeclarationDto>($"/api/v1/declarations/{poisoned.Id}"))!;
        Assert.Equal("MrnAllocated", stuck.Status); // nothing half-applied: the answers that could not be recorded moved nothing
        var timeline = (await administrator.GetFromJsonAsync<List<ExchangeMessageDto>>($"/api/v1/declarations/{poisoned.Id}/messages"))!;
        Assert.Equal(["out CC015C ", "in UPO Receipt", "in CC028C MrnAllocated"], timeline.Select(m => $"{m.Direction} {m.MessageType} {m.Meaning}"));
    }

    [Fact]
    public async Task A_declaration_the_platform_cannot_record_as_sent_is_parked_with_the_reason_and_the_gateway_still_takes_it_once()
    {
        var (administrator, credentialId) = await PrepareAsync();
        var poisoned = await DraftEditingTests.CreateAsync(administrator, SampleDeclarations.Transit(), "POISONOUT-" + Guid.NewGuid().ToString("N")[..8]);
        var healthy = await DraftEditingTests.CreateAsync(administrator, SampleDeclarations.Transit(), "HEALTHYOUT-" + Guid.NewGuid().ToString("N")[..8]);
        Refuse($"BEFORE UPDATE OF State ON submissions WHEN NEW.Lrn = '{poisoned.Lrn}' AND NEW.State = 'Sent'");

        await SubmitAsync(administrator, poisoned.Id, credentialId);
        await SubmitAsync(administrator, healthy.Id, credentialId);

        await StatusAsync(administrator, healthy.Id, "WrittenOff");
        var parked = await StatusAsync(administrator, poisoned.Id, "NeedsAttention");
        Assert.Contains("The platform failed while sending: SQLite Error 19: 'refused for the test'", parked.AttentionReason, StringComparison.Ordinal);
        Assert.Single(Host.Services.GetRequiredService<SeapSimulatorStore>().Submissions, s => s.Lrn == poisoned.Lrn); // each retry found the first copy
    }

    private async Task<(HttpClient Administrator, Guid CredentialId)> PrepareAsync()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var credential = await SigningCredentialTests.AddAsync(administrator, "Podpis", TestCertificates.Base64KeyFile("Agencja", TimeSpan.FromDays(365), out _), []);
        return (administrator, credential.Id);
    }

    /// <summary>Makes the module's database refuse a change: a trigger raising an error, as SQLite reports a failed write.</summary>
    private void Refuse(string when)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(Host.DataDirectory, "declarations.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE TRIGGER refuse_{Guid.NewGuid():N} {when} BEGIN SELECT RAISE(ABORT, 'refused for the test'); END;";
        command.ExecuteNonQuery();
    }

    private static async Task SubmitAsync(HttpClient administrator, Guid id, Guid credentialId) =>
        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsJsonAsync($"/api/v1/declarations/{id}/submit", new { credentialId })).StatusCode);

    /// <summary>The simulator answers at once; failed sends are retried quickly and parked after three attempts.</summary>
    public sealed class Fixture : IAsyncLifetime
    {
        public TestHost Host { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var settings = SubmissionTests.FastGatewayHost.Settings();
            settings["Modules:Declarations:Gateway:MaxAttempts"] = "3";
            settings["Modules:Declarations:Gateway:FirstRetryAfter"] = "00:00:00.100";
            Host = await TestHost.StartAsync(settings);
        }

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }
}
