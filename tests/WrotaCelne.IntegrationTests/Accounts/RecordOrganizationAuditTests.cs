using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Audit;
using Xunit;

namespace WrotaCelne.IntegrationTests.Accounts;

/// <summary>Other modules write to an organization's log through Accounts' facade; from a job (no signed-in user) the actor is "system".</summary>
public sealed class RecordOrganizationAuditTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task An_entry_from_another_module_lands_in_that_organizations_log_only_with_system_as_actor()
    {
        var (administrator, organizationId) = await Host.NewOrganizationAdministratorAsync("Dziennik A");
        var (other, _) = await Host.NewOrganizationAdministratorAsync("Dziennik B");
        var details = "Klucz „Pieczęć A” (PKCS#12) dodany; " + new string('x', 1500);

        Assert.True(await RecordAsync(new RecordOrganizationAudit(organizationId, "signing.credential-added", details)));

        var entry = Assert.Single((await administrator.GetFromJsonAsync<List<AuditEntryDto>>("/api/v1/audit?action=signing.credential-added"))!);
        Assert.Equal(("system", organizationId, "Organization"), (entry.Actor, entry.OrganizationId, entry.Scope));
        Assert.StartsWith("Klucz „Pieczęć A”", entry.Details, StringComparison.Ordinal);
        Assert.Equal(1000, entry.Details.Length); // truncated like Accounts' own entries
        Assert.DoesNotContain((await other.GetFromJsonAsync<List<AuditEntryDto>>("/api/v1/audit"))!, e => e.Action == "signing.credential-added");
        Assert.DoesNotContain((await Host.Client.GetFromJsonAsync<List<AuditEntryDto>>("/api/v1/admin/audit"))!, e => e.Action == "signing.credential-added");

        // The page's action filter takes a code it has no translation for and shows the code.
        var page = await administrator.GetStringAsync("/accounts/audit?action=signing.credential-added");
        Assert.Contains("<td>signing.credential-added</td>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<td>user.created</td>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_action_or_an_unknown_organization_is_refused()
    {
        var (_, organizationId) = await Host.NewOrganizationAdministratorAsync("Dziennik C");
        var invalid = await Assert.ThrowsAsync<InvalidInputException>(() => RecordAsync(new RecordOrganizationAudit(organizationId, " ", "x")));
        Assert.Equal("action", Assert.Single(invalid.FieldErrors).Field);
        await Assert.ThrowsAsync<InvalidInputException>(() => RecordAsync(new RecordOrganizationAudit(organizationId, "signing credential added", "x")));
        await Assert.ThrowsAsync<NotFoundException>(() => RecordAsync(new RecordOrganizationAudit(Guid.NewGuid(), "signing.credential-added", "x")));
    }

    private async Task<bool> RecordAsync(RecordOrganizationAudit command)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAccountsModule>().ExecuteCommandAsync(command);
    }
}
