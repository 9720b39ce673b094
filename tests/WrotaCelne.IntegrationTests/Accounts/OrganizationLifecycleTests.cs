using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Accounts.Infrastructure;
using Xunit;

namespace WrotaCelne.IntegrationTests.Accounts;

/// <summary>Suspension stops an organization at once and keeps everything; reactivation lets it back in.</summary>
public sealed class OrganizationLifecycleTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task A_suspended_organization_loses_its_sessions_and_sign_ins_until_reactivated()
    {
        var (administrator, organizationId) = await Host.NewOrganizationAdministratorAsync("Zawieszana");
        var member = await Member.AddAsync(Host, administrator, "Operator");
        var email = (await administrator.GetFromJsonAsync<List<WrotaCelne.Modules.Accounts.Contracts.Users.UserDto>>("/api/v1/users"))!.Single(u => u.Role == "Administrator").Email;
        Assert.Equal(HttpStatusCode.Created, (await member.Client.PostAsJsonAsync("/api/v1/declarations", new { family = "export", lrn = "ZAW-1" })).StatusCode);

        var suspended = await Host.Client.PostAsJsonAsync($"/api/v1/organizations/{organizationId}/suspend", new { reason = "Zaległe płatności" });
        Assert.Equal("Suspended", (await suspended.Content.ReadFromJsonAsync<OrganizationDto>())!.Status);

        Assert.Equal(HttpStatusCode.Unauthorized, (await administrator.GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await member.Client.GetAsync("/api/v1/declarations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TestHost.SignInAsync(Host.NewClient(), email, TestHost.ChosenPassword)).StatusCode); // refused like a wrong password
        Assert.Equal(HttpStatusCode.Conflict, (await Host.Client.PostAsync($"/api/v1/organizations/{organizationId}/suspend", null)).StatusCode);

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
            var outbox = await accounts.OutboxMessages.AsNoTracking().Where(m => m.OrganizationId == organizationId).Select(m => m.EventType).ToListAsync();
            Assert.Contains(outbox, t => t.Contains("OrganizationSuspended", StringComparison.Ordinal));
        }

        Assert.Equal(HttpStatusCode.OK, (await Host.Client.PostAsync($"/api/v1/organizations/{organizationId}/reactivate", null)).StatusCode);
        var again = Host.NewClient();
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.SignInAsync(again, member.Email, TestHost.ChosenPassword)).StatusCode);
        var drafts = (await again.GetFromJsonAsync<WrotaCelne.Modules.Declarations.Contracts.Archive.DeclarationPage>("/api/v1/declarations"))!.Items;
        Assert.Contains(drafts!, d => d.Lrn == "ZAW-1"); // nothing was lost while suspended

        var log = await Host.Client.GetFromJsonAsync<List<WrotaCelne.Modules.Accounts.Contracts.Audit.AuditEntryDto>>("/api/v1/admin/audit?action=organization.suspended");
        Assert.Contains(log!, e => e.Details.Contains("Zaległe płatności", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_administrator_keeps_the_profile_and_branches_but_not_the_nip()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync("Profilowa");
        var updated = await administrator.PutAsJsonAsync("/api/v1/organization", new
        {
            name = "Profilowa S.A.", eori = "", sisc = "PL-SISC-000123", address = new { street = "ul. Morska 7", city = "Gdańsk", postalCode = "80-001", country = "pl" }, requireTwoFactor = false, nip = "0000000000",
        });
        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        var profile = (await updated.Content.ReadFromJsonAsync<OrganizationDto>())!;
        Assert.Equal("Profilowa S.A.", profile.Name);
        Assert.Equal("PL", profile.Address.Country);
        Assert.Equal($"PL{profile.Nip}00000", profile.Eori);
        Assert.NotEqual("0000000000", profile.Nip);

        var branch = await administrator.PostAsJsonAsync("/api/v1/organization/branches", new { code = "gdn", name = "Oddział Gdańsk", address = Api.Address });
        Assert.Equal(HttpStatusCode.Created, branch.StatusCode);
        var created = (await branch.Content.ReadFromJsonAsync<BranchDto>())!;
        Assert.Equal("GDN", created.Code);
        var duplicate = await administrator.PostAsJsonAsync("/api/v1/organization/branches", new { code = "GDN", name = "Drugi", address = Api.Address });
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        var renamed = await administrator.PutAsJsonAsync($"/api/v1/organization/branches/{created.Id}", new { code = "GDA", name = "Oddział Gdańsk-Port", address = Api.Address });
        Assert.Equal("GDA", (await renamed.Content.ReadFromJsonAsync<BranchDto>())!.Code);

        var auditor = await Member.AddAsync(Host, administrator, "Auditor");
        Assert.Equal(HttpStatusCode.OK, (await auditor.Client.GetAsync("/api/v1/organization")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.Client.PutAsJsonAsync("/api/v1/organization", new { name = "Przejęta" })).StatusCode);
        Assert.Equal("Profilowa S.A.", (await administrator.GetFromJsonAsync<OrganizationDto>("/api/v1/organization"))!.Name);
    }
}
