using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.BuildingBlocks.Infrastructure.Gateway;
using WrotaCelne.GatewaySimulator.Store;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Declarations.Contracts.Exchange;
using WrotaCelne.Modules.Declarations.Domain;
using WrotaCelne.Modules.Declarations.Infrastructure;
using Xunit;

namespace WrotaCelne.IntegrationTests.Exchange;

/// <summary>
/// A document the gateway delivers that no declaration takes is listed for the organization, downloadable byte for
/// byte and marked as dealt with by someone who sends declarations; an organization connected to a (test) gateway is
/// polled even with nothing under way.
/// </summary>
public sealed class UnmatchedDocumentTests(GatewayFaultTests.Fixture fixture) : IClassFixture<GatewayFaultTests.Fixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task A_document_for_no_declaration_is_collected_listed_downloadable_and_reviewed_by_a_sender_only()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        Assert.Equal(HttpStatusCode.OK, (await administrator.PutAsJsonAsync("/api/v1/declarations/gateway", new { environment = "test", login = "unsolicited", password = GatewayFaultTests.Password })).StatusCode);
        var content = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?><Nieznany xmlns=\"urn:nieznany\"><a>1</a></Nieznany>");
        var store = Host.Services.GetRequiredService<SeapSimulatorStore>();
        var dispatchId = store.Inject("unsolicited", new SeapContent(content, "nieznany.xml"), "NCTS2", "none", DateTimeOffset.UtcNow);

        // Nothing of this organization is under way: it is polled because it is connected to a gateway that is not the simulator.
        var list = await TestHost.EventuallyAsync(async () =>
        {
            var found = await administrator.GetFromJsonAsync<UnmatchedDocumentsDto>("/api/v1/declarations/unmatched-documents");
            return found!.Documents.Count > 0 ? found : null;
        }, TimeSpan.FromSeconds(20));
        Assert.True(store.IsDelivered(dispatchId));
        var document = Assert.Single(list.Documents);
        Assert.Equal(1, list.NotReviewed);
        Assert.Equal(("nieznany.xml", (string?)null, content.Length, dispatchId), (document.FileName, document.Meaning, document.Size, document.GatewayId));
        Assert.False(string.IsNullOrWhiteSpace(document.Problem));
        Assert.Equal(content, await administrator.GetByteArrayAsync($"/api/v1/declarations/unmatched-documents/{document.Id}"));

        var page = await administrator.GetStringAsync("/declarations/unmatched");
        Assert.Contains("nieznany.xml", page, StringComparison.Ordinal);
        Assert.Contains("Nie udało się odczytać dokumentu", page, StringComparison.Ordinal);

        var auditor = await Member.AddAsync(Host, administrator, "Auditor");
        Assert.Single((await auditor.Client.GetFromJsonAsync<UnmatchedDocumentsDto>("/api/v1/declarations/unmatched-documents"))!.Documents);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.Client.PostAsync($"/api/v1/declarations/unmatched-documents/{document.Id}/review", null)).StatusCode);

        // Not tied to any branch: someone limited to a branch sees none of them.
        var branch = (await (await administrator.PostAsJsonAsync("/api/v1/organization/branches", new { code = "GDY", name = "Oddział Gdynia", address = Api.Address })).Content.ReadFromJsonAsync<BranchDto>())!;
        var limited = await Member.AddAsync(Host, administrator, "Operator", [branch.Id]);
        Assert.Empty((await limited.Client.GetFromJsonAsync<UnmatchedDocumentsDto>("/api/v1/declarations/unmatched-documents"))!.Documents);
        Assert.Equal(HttpStatusCode.NotFound, (await limited.Client.GetAsync($"/api/v1/declarations/unmatched-documents/{document.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await limited.Client.PostAsync($"/api/v1/declarations/unmatched-documents/{document.Id}/review", null)).StatusCode);

        var sender = await Member.AddAsync(Host, administrator, "Operator", displayName: "Sylwia Spedytor");
        var review = await sender.Client.PostAsync($"/api/v1/declarations/unmatched-documents/{document.Id}/review", null);
        Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        var reviewed = (await review.Content.ReadFromJsonAsync<UnmatchedDocumentDto>())!;
        Assert.Equal(sender.Email, reviewed.ReviewedBy);
        await administrator.PostAsync($"/api/v1/declarations/unmatched-documents/{document.Id}/review", null); // the first reviewer stays
        var waiting = (await administrator.GetFromJsonAsync<UnmatchedDocumentsDto>("/api/v1/declarations/unmatched-documents"))!;
        Assert.Equal((0, 0), (waiting.Documents.Count, waiting.NotReviewed));
        var all = (await administrator.GetFromJsonAsync<UnmatchedDocumentsDto>("/api/v1/declarations/unmatched-documents?reviewed=true"))!;
        Assert.Equal((sender.Email, reviewed.ReviewedAtUtc), (Assert.Single(all.Documents).ReviewedBy, all.Documents[0].ReviewedAtUtc));
        Assert.Equal(content, await administrator.GetByteArrayAsync($"/api/v1/declarations/unmatched-documents/{document.Id}")); // kept after review
    }

    /// <summary>Keeps an unmatched inbound document for <paramref name="organizationId"/> as the inbox would, for tests that need one.</summary>
    internal static async Task<Guid> KeepUnmatchedAsync(TestHost host, Guid organizationId, string fileName)
    {
        await using var scope = host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<DeclarationsDbContext>();
        var message = DeclarationMessage.Received(organizationId, Guid.NewGuid().ToString("N"), null, "CC029C", fileName, Encoding.UTF8.GetBytes("<CC029C/>"), DateTime.UtcNow);
        message.Processed(null, "CC029C", null, null, "no declaration with LRN X-1 or MRN ", "X-1", null, DateTime.UtcNow);
        db.Messages.Add(message);
        await db.SaveChangesAsync();
        return message.Id;
    }
}
