using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.GatewaySimulator.Store;
using WrotaCelne.IntegrationTests.Declarations;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.IntegrationTests.Signing;
using WrotaCelne.Modules.Accounts.Contracts.Notifications;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Contracts.Exchange;
using Xunit;
using static WrotaCelne.IntegrationTests.Exchange.DeclarationStates;

namespace WrotaCelne.IntegrationTests.Exchange;

/// <summary>From send to the end of the operation (write-off, exit, release of an import) against the host's built-in gateway simulator, over real HTTP, with the real jobs.</summary>
public sealed class SubmissionTests(SubmissionTests.FastGatewayHost fixture) : IClassFixture<SubmissionTests.FastGatewayHost>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task A_sent_transit_declaration_gets_a_receipt_an_mrn_release_and_write_off_and_the_gateway_takes_it_once()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var credential = await SigningCredentialTests.AddAsync(administrator, "Podpis", TestCertificates.Base64KeyFile("Agencja", TimeSpan.FromDays(365), out _), []);
        var draft = await DraftEditingTests.CreateAsync(administrator, SampleDeclarations.Transit(), "E2E-" + Guid.NewGuid().ToString("N")[..8]);

        var submitted = await administrator.PostAsJsonAsync($"/api/v1/declarations/{draft.Id}/submit", new { credentialId = credential.Id });
        Assert.True(submitted.StatusCode == HttpStatusCode.OK, await submitted.Content.ReadAsStringAsync());
        Assert.Equal("Queued", (await submitted.Content.ReadFromJsonAsync<SubmissionDto>())!.Status);

        var writtenOff = await StatusAsync(administrator, draft.Id, "WrittenOff");
        Assert.Matches("^[0-9]{2}PL[A-Z0-9]{12}[J-M][0-9]$", writtenOff.Mrn!);

        var messages = (await administrator.GetFromJsonAsync<List<ExchangeMessageDto>>($"/api/v1/declarations/{draft.Id}/messages"))!;
        Assert.Equal(["out CC015C ", "in UPO Receipt", "in CC028C MrnAllocated", "in CC029C Released", "in CC045C WrittenOff"], messages.Select(m => $"{m.Direction} {m.MessageType} {m.Meaning}"));
        var mrnMessage = await administrator.GetStringAsync($"/api/v1/declarations/{draft.Id}/messages/{messages[2].Id}");
        Assert.Contains(writtenOff.Mrn!, mrnMessage, StringComparison.Ordinal);

        var printout = await administrator.GetAsync($"/api/v1/declarations/{draft.Id}/accompanying-document");
        Assert.Equal(("application/pdf", $"TAD_{writtenOff.Mrn}.pdf"), (printout.Content.Headers.ContentType?.MediaType, printout.Content.Headers.ContentDisposition?.FileName?.Trim('"')));

        var store = Host.Services.GetRequiredService<SeapSimulatorStore>();
        Assert.Single(store.Submissions, s => s.Lrn == draft.Lrn);
        var notices = (await administrator.GetFromJsonAsync<List<NotificationDto>>("/api/v1/notifications"))!.Where(n => n.Link == $"/declarations/{draft.Id}").ToList();
        Assert.Contains(notices, n => n.Subject.Contains("zwolnione", StringComparison.Ordinal));
        Assert.Contains(notices, n => n.Subject.Contains(writtenOff.Mrn!, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_sent_export_declaration_gets_a_receipt_an_export_mrn_release_and_exit_through_the_AES_answers()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var credential = await SigningCredentialTests.AddAsync(administrator, "Podpis", TestCertificates.Base64KeyFile("Agencja", TimeSpan.FromDays(365), out _), []);
        var draft = await DraftEditingTests.CreateAsync(administrator, SampleDeclarations.Export(), "EXP-" + Guid.NewGuid().ToString("N")[..8]);
        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsJsonAsync($"/api/v1/declarations/{draft.Id}/submit", new { credentialId = credential.Id })).StatusCode);

        var exited = await StatusAsync(administrator, draft.Id, "Exited");

        Assert.Matches("^[0-9]{2}PL[A-Z0-9]{12}A[0-9]$", exited.Mrn!); // A: export only (security 0)
        var messages = (await administrator.GetFromJsonAsync<List<ExchangeMessageDto>>($"/api/v1/declarations/{draft.Id}/messages"))!;
        Assert.Equal(["out CC515C ", "in UPO Receipt", "in CC528C MrnAllocated", "in CC529C Released", "in CC599C ExitConfirmed"], messages.Select(m => $"{m.Direction} {m.MessageType} {m.Meaning}"));
        Assert.Equal("AES", Assert.Single(Host.Services.GetRequiredService<SeapSimulatorStore>().Submissions, s => s.Lrn == draft.Lrn).TargetSystems.Single());
        var printout = await administrator.GetAsync($"/api/v1/declarations/{draft.Id}/accompanying-document");
        Assert.Equal($"EAD_{exited.Mrn}.pdf", printout.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var notices = (await administrator.GetFromJsonAsync<List<NotificationDto>>("/api/v1/notifications"))!.Where(n => n.Link == $"/declarations/{draft.Id}").ToList();
        Assert.Contains(notices, n => n.Subject.Contains("zwolnione", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rejected_export_declaration_shows_the_AES_error_at_its_field_and_gets_no_mrn()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var credential = await SigningCredentialTests.AddAsync(administrator, "Podpis", TestCertificates.Base64KeyFile("Agencja", TimeSpan.FromDays(365), out _), []);
        var draft = await DraftEditingTests.CreateAsync(administrator, SampleDeclarations.Export(), FastGatewayHost.RejectedPrefix + Guid.NewGuid().ToString("N")[..8]);
        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsJsonAsync($"/api/v1/declarations/{draft.Id}/submit", new { credentialId = credential.Id })).StatusCode);

        var rejected = await StatusAsync(administrator, draft.Id, "Rejected");

        Assert.Null(rejected.Mrn);
        var messages = (await administrator.GetFromJsonAsync<List<ExchangeMessageDto>>($"/api/v1/declarations/{draft.Id}/messages"))!;
        Assert.Equal(["out CC515C ", "in UPO Receipt", "in CC556C Rejected"], messages.Select(m => $"{m.Direction} {m.MessageType} {m.Meaning}"));
        var error = Assert.Single(messages[2].Errors);
        Assert.Equal(("12", "/CC515C/ExportOperation/LRN", "$.lrn"), (error.Code, error.Pointer, error.FieldPath));
    }

    [Fact]
    public async Task A_sent_import_declaration_gets_its_mrn_and_release_through_the_AIS_answers()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var credential = await SigningCredentialTests.AddAsync(administrator, "Podpis", TestCertificates.Base64KeyFile("Agencja", TimeSpan.FromDays(365), out _), []);
        var draft = await DraftEditingTests.CreateAsync(administrator, SampleDeclarations.Import(), "IMP-" + Guid.NewGuid().ToString("N")[..8]);
        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsJsonAsync($"/api/v1/declarations/{draft.Id}/submit", new { credentialId = credential.Id })).StatusCode);

        var released = await StatusAsync(administrator, draft.Id, "Released");

        Assert.Matches("^[0-9]{2}PL[A-Z0-9]{12}R[0-9]$", released.Mrn!);
        var messages = (await administrator.GetFromJsonAsync<List<ExchangeMessageDto>>($"/api/v1/declarations/{draft.Id}/messages"))!;
        Assert.Equal(["out ZC415 ", "in UPO Receipt", "in ZC429 MrnAllocated", "in PW429 Released"], messages.Select(m => $"{m.Direction} {m.MessageType} {m.Meaning}"));
    }

    [Fact]
    public async Task A_rejected_declaration_shows_the_administrations_errors_and_moves_no_further()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var credential = await SigningCredentialTests.AddAsync(administrator, "Podpis", TestCertificates.Base64KeyFile("Agencja", TimeSpan.FromDays(365), out _), []);
        var draft = await DraftEditingTests.CreateAsync(administrator, SampleDeclarations.Transit(), FastGatewayHost.RejectedPrefix + Guid.NewGuid().ToString("N")[..8]);
        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsJsonAsync($"/api/v1/declarations/{draft.Id}/submit", new { credentialId = credential.Id })).StatusCode);

        await StatusAsync(administrator, draft.Id, "Rejected");
        var messages = (await administrator.GetFromJsonAsync<List<ExchangeMessageDto>>($"/api/v1/declarations/{draft.Id}/messages"))!;
        var rejection = Assert.Single(messages, m => m.MessageType == "CC056C");
        Assert.Equal("Rejected", rejection.Meaning);
        Assert.Contains(rejection.Errors, e => e.Pointer is not null && e.Pointer.Contains("LRN", StringComparison.Ordinal));
        Assert.DoesNotContain(messages, m => m.MessageType is "CC028C" or "CC029C");
    }

    [Fact]
    public async Task Only_those_who_may_send_send_a_signed_declaration_goes_as_signed_and_a_draft_needs_a_credential()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var auditor = await Member.AddAsync(Host, administrator, "Auditor");
        var credential = await SigningCredentialTests.AddAsync(administrator, "Podpis", TestCertificates.Base64KeyFile("Agencja", TimeSpan.FromDays(365), out _), []);
        var draft = await DraftEditingTests.CreateAsync(administrator, SampleDeclarations.Transit(), "SEND-" + Guid.NewGuid().ToString("N")[..8]);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.Client.PostAsJsonAsync($"/api/v1/declarations/{draft.Id}/submit", new { credentialId = credential.Id })).StatusCode);
        var noCredential = await administrator.PostAsJsonAsync($"/api/v1/declarations/{draft.Id}/submit", new { });
        Assert.Equal("signing.credentialUnknown", (await Api.JsonAsync(noCredential)).GetProperty("codes").GetProperty("credentialId")[0].GetString());

        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsJsonAsync($"/api/v1/declarations/{draft.Id}/sign", new { credentialId = credential.Id })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsync($"/api/v1/declarations/{draft.Id}/submit", null)).StatusCode);
        var again = await administrator.PostAsync($"/api/v1/declarations/{draft.Id}/submit", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var (stranger, _) = await Host.NewOrganizationAdministratorAsync("Obca agencja");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/declarations/{draft.Id}/messages")).StatusCode);
        await StatusAsync(administrator, draft.Id, "WrittenOff");
    }

    /// <summary>A host whose simulator answers at once (exit and write-off too) and whose jobs run often, with one rejection rule.</summary>
    public sealed class FastGatewayHost : IAsyncLifetime
    {
        public const string RejectedPrefix = "REJ-";

        public TestHost Host { get; private set; } = null!;

        public async Task InitializeAsync() => Host = await TestHost.StartAsync(Settings());

        public static Dictionary<string, string> Settings() => new()
        {
            ["GatewaySimulator:Delays:Receipt"] = "00:00:00",
            ["GatewaySimulator:Delays:Mrn"] = "00:00:00",
            ["GatewaySimulator:Delays:Release"] = "00:00:00",
            ["GatewaySimulator:Delays:Exit"] = "00:00:00",
            ["GatewaySimulator:Delays:WriteOff"] = "00:00:00",
            ["GatewaySimulator:RejectLrnPrefixes:0"] = RejectedPrefix,
            ["Modules:Declarations:Gateway:DispatchInterval"] = "00:00:00.200",
            ["Modules:Declarations:Gateway:PollInterval"] = "00:00:00.300",
        };

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }
}
