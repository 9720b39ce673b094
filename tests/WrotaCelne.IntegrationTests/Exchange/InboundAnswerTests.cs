using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;
using WrotaCelne.BuildingBlocks.Infrastructure.Plugins;
using WrotaCelne.BuildingBlocks.Infrastructure.Signatures;
using WrotaCelne.GatewaySimulator.Store;
using WrotaCelne.IntegrationTests.Declarations;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.IntegrationTests.Signing;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Contracts.Exchange;
using WrotaCelne.Modules.Declarations.Infrastructure;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Signing;
using Xunit;

namespace WrotaCelne.IntegrationTests.Exchange;

/// <summary>Answers that come late, twice, garbled or with a broken signature: kept, never applied backwards, never fatal.</summary>
public sealed class InboundAnswerTests(InboundAnswerTests.ReleaseOnlyGatewayHost fixture) : IClassFixture<InboundAnswerTests.ReleaseOnlyGatewayHost>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Late_repeated_garbled_or_tampered_answers_change_nothing_and_are_kept_for_a_person()
    {
        var (administrator, organizationId) = await Host.NewOrganizationAdministratorAsync();
        var credential = await SigningCredentialTests.AddAsync(administrator, "Podpis", TestCertificates.Base64KeyFile("Agencja", TimeSpan.FromDays(365), out var certificate), []);
        var draft = await DraftEditingTests.CreateAsync(administrator, SampleDeclarations.Transit(), "LATE-" + Guid.NewGuid().ToString("N")[..8]);
        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsJsonAsync($"/api/v1/declarations/{draft.Id}/submit", new { credentialId = credential.Id })).StatusCode);
        var released = await TestHost.EventuallyAsync(async () =>
        {
            var d = await administrator.GetFromJsonAsync<DeclarationDto>($"/api/v1/declarations/{draft.Id}");
            return d!.Status == "Released" ? d : null;
        }, TimeSpan.FromSeconds(30));
        var messages = (await administrator.GetFromJsonAsync<List<ExchangeMessageDto>>($"/api/v1/declarations/{draft.Id}/messages"))!;
        var mrnAnswer = await administrator.GetByteArrayAsync($"/api/v1/declarations/{draft.Id}/messages/{messages.Single(m => m.MessageType == "CC028C").Id}");
        var release = await administrator.GetByteArrayAsync($"/api/v1/declarations/{draft.Id}/messages/{messages.Single(m => m.MessageType == "CC029C").Id}");

        // A release signed by someone and then changed on the way.
        using var signer = OpenKey(TestCertificates.KeyFile(certificate));
        var signedRelease = XadesSigner.Sign(release, signer, DateTimeOffset.UtcNow).Value!;
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(signedRelease).Replace(released.Mrn!, "99PL000000000000J1", StringComparison.Ordinal));

        var store = Host.Services.GetRequiredService<SeapSimulatorStore>();
        var login = BuiltInGateway.LoginFor(organizationId);
        var now = DateTimeOffset.UtcNow;
        store.Inject(login, new SeapContent(mrnAnswer, "CC028C_late.xml"), "NCTS2", "late", now);
        store.Inject(login, new SeapContent(release, "CC029C_again.xml"), "NCTS2", "again", now);
        store.Inject(login, new SeapContent(Encoding.UTF8.GetBytes("<CC029C><broken"), "garbled.xml"), "NCTS2", "garbled", now);
        var tamperedId = store.Inject(login, new SeapContent(tampered, "CC029C_tampered.xml"), "NCTS2", "tampered", now);
        var foreign = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(release).Replace(draft.Lrn, "OBCY-" + draft.Lrn[5..], StringComparison.Ordinal).Replace(released.Mrn!, ForeignMrn(), StringComparison.Ordinal));
        var foreignId = store.Inject(login, new SeapContent(foreign, "CC029C_foreign.xml"), "NCTS2", "foreign", now);

        await TestHost.EventuallyAsync(() => Task.FromResult(store.IsDelivered(tamperedId) && store.IsDelivered(foreignId) ? "taken" : null), TimeSpan.FromSeconds(20));
        var unmatched = await TestHost.EventuallyAsync(async () =>
        {
            await using var scope = Host.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<DeclarationsDbContext>();
            var list = await db.Messages.AsNoTracking().Where(m => m.OrganizationId == organizationId && m.DeclarationId == null).ToListAsync();
            return list.Count >= 3 ? list : null;
        }, TimeSpan.FromSeconds(20));
        Assert.Contains(unmatched, m => m.FileName == "garbled.xml" && m.Meaning == null);
        Assert.Contains(unmatched, m => m.FileName == "CC029C_tampered.xml" && m.Notes!.Contains("signature", StringComparison.OrdinalIgnoreCase));

        // For a person: what came, what it said when it could be read, and why no declaration took it.
        var listed = (await administrator.GetFromJsonAsync<UnmatchedDocumentsDto>("/api/v1/declarations/unmatched-documents"))!;
        Assert.Equal(3, listed.NotReviewed);
        Assert.Contains(listed.Documents, d => d.FileName == "garbled.xml" && d.Meaning == null && d.Problem.Length > 0);
        Assert.Contains(listed.Documents, d => d.FileName == "CC029C_tampered.xml" && d.Meaning == null && d.Problem.Contains("signature", StringComparison.OrdinalIgnoreCase));
        var unknown = Assert.Single(listed.Documents, d => d.FileName == "CC029C_foreign.xml");
        Assert.Equal("Released", unknown.Meaning);
        Assert.Contains("OBCY-", unknown.Problem, StringComparison.Ordinal);
        Assert.Equal(foreign, await administrator.GetByteArrayAsync($"/api/v1/declarations/unmatched-documents/{unknown.Id}"));
        Assert.Contains("Żadne zgłoszenie organizacji nie pasuje (zwolnienie towarów)", await administrator.GetStringAsync("/declarations/unmatched"), StringComparison.Ordinal);

        var after = (await administrator.GetFromJsonAsync<List<ExchangeMessageDto>>($"/api/v1/declarations/{draft.Id}/messages"))!;
        Assert.Equal(6, after.Count); // the late MRN and the repeated release are on the timeline
        var now2 = (await administrator.GetFromJsonAsync<DeclarationDto>($"/api/v1/declarations/{draft.Id}"))!;
        Assert.Equal(("Released", released.Mrn), (now2.Status, now2.Mrn));
    }

    /// <summary>An MRN with a right check digit that no declaration here has: the last digit of the pattern is that check digit.</summary>
    private static string ForeignMrn()
    {
        const string first17 = "26PL30101000000AB";
        return first17 + (char)('0' + WrotaCelne.Modules.Declarations.Domain.CheckDigit.Of(first17)!.Value);
    }

    private ISigningKey OpenKey(byte[] keyFile)
    {
        var provider = Host.Services.GetRequiredService<IActivePlugins>().Active<ISigningProvider>().Single(p => p.Id == "wrotacelne.signing.keyfile");
        var opened = provider.OpenKey(new SigningKeyRequest(new Dictionary<string, string>(), keyFile, TestCertificates.Password));
        Assert.True(opened.Succeeded);
        return opened.Value!;
    }

    /// <summary>
    /// As <see cref="SubmissionTests.FastGatewayHost"/> but without the write-off: the declaration stays released, so its
    /// organization is still polled (the inbox polls only organizations with declarations under way) when the late
    /// answers are injected.
    /// </summary>
    public sealed class ReleaseOnlyGatewayHost : IAsyncLifetime
    {
        public TestHost Host { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            var settings = SubmissionTests.FastGatewayHost.Settings();
            settings["GatewaySimulator:Delays:WriteOff"] = "";
            Host = await TestHost.StartAsync(settings);
        }

        public async Task DisposeAsync() => await Host.DisposeAsync();
    }
}
