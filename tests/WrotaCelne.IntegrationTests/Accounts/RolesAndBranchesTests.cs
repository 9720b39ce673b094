using System.Net;
using System.Net.Http.Json;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Declarations.Contracts.Archive;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Accounts.Contracts.Roles;
using WrotaCelne.Modules.Accounts.Contracts.Users;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using Xunit;

namespace WrotaCelne.IntegrationTests.Accounts;

/// <summary>Organizations compose their own roles; nobody grants more than they hold; users may be limited to branches.</summary>
public sealed class RolesAndBranchesTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task A_custom_role_grants_exactly_its_permissions_and_changes_apply_at_the_next_request()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var created = await administrator.PostAsJsonAsync("/api/v1/roles", new { name = "Podgląd", permissions = new[] { "declarations.view" } });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var role = (await created.Content.ReadFromJsonAsync<RoleDto>())!;
        Assert.False(role.BuiltIn);

        var viewer = await Member.AddAsync(Host, administrator, "podgląd");
        Assert.Equal("Podgląd", (await administrator.GetFromJsonAsync<UserDto>($"/api/v1/users/{viewer.Id}"))!.Role);
        Assert.Equal(HttpStatusCode.OK, (await viewer.Client.GetAsync("/api/v1/declarations")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await viewer.Client.PostAsJsonAsync("/api/v1/declarations", new { family = "transit", lrn = "P-1" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await administrator.PutAsJsonAsync($"/api/v1/roles/{role.Id}", new { permissions = new[] { "declarations.view", "declarations.create" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await viewer.Client.PostAsJsonAsync("/api/v1/declarations", new { family = "transit", lrn = "P-1" })).StatusCode);

        Assert.Equal(HttpStatusCode.Conflict, (await administrator.DeleteAsync($"/api/v1/roles/{role.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await administrator.PutAsJsonAsync($"/api/v1/users/{viewer.Id}", new { displayName = "Olga", role = "Auditor" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await administrator.DeleteAsync($"/api/v1/roles/{role.Id}")).StatusCode);

        var bad = await administrator.PostAsJsonAsync("/api/v1/roles", new { name = "administrator", permissions = new[] { "declarations.fly" } });
        var codes = (await Api.JsonAsync(bad)).GetProperty("codes");
        Assert.Equal("role.builtIn", codes.GetProperty("name")[0].GetString());
        Assert.Equal("permission.unknown", codes.GetProperty("permissions")[0].GetString());
    }

    [Fact]
    public async Task A_user_manager_cannot_grant_what_it_lacks_nor_touch_a_stronger_user()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        await administrator.PostAsJsonAsync("/api/v1/roles", new { name = "Kadry", permissions = new[] { "accounts.users.manage", "declarations.view" } });
        var hr = await Member.AddAsync(Host, administrator, "Kadry");

        var promote = await hr.Client.PostAsJsonAsync("/api/v1/users", new { email = Api.NewEmail("wspolnik"), displayName = "Wspólnik", role = "Administrator" });
        Assert.Equal(HttpStatusCode.BadRequest, promote.StatusCode);
        Assert.Equal("role.escalation", (await Api.JsonAsync(promote)).GetProperty("codes").GetProperty("role")[0].GetString());
        var wider = await hr.Client.PostAsJsonAsync("/api/v1/roles", new { name = "Szersza", permissions = new[] { "declarations.view", "billing.view" } });
        Assert.Equal("role.escalation", (await Api.JsonAsync(wider)).GetProperty("codes").GetProperty("permissions")[0].GetString());
        var self = await hr.Client.PutAsJsonAsync($"/api/v1/users/{hr.Id}", new { displayName = "Ja", role = "Administrator" });
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);

        var administratorId = (await administrator.GetFromJsonAsync<List<UserDto>>("/api/v1/users"))!.Single(u => u.Role == "Administrator").Id;
        Assert.Equal(HttpStatusCode.Conflict, (await hr.Client.PostAsync($"/api/v1/users/{administratorId}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await hr.Client.PostAsync($"/api/v1/users/{administratorId}/reset-password", null)).StatusCode);
        var demote = await hr.Client.PutAsJsonAsync($"/api/v1/users/{administratorId}", new { displayName = "Zdegradowany", role = "Kadry" });
        Assert.Equal(HttpStatusCode.Conflict, demote.StatusCode);
        Assert.Equal("Administrator", (await administrator.GetFromJsonAsync<UserDto>($"/api/v1/users/{administratorId}"))!.Role);
        Assert.False((await administrator.GetFromJsonAsync<UserDto>($"/api/v1/users/{administratorId}"))!.Disabled);

        // What it holds, it may grant.
        Assert.Equal(HttpStatusCode.Created, (await hr.Client.PostAsJsonAsync("/api/v1/roles", new { name = "Tylko podgląd", permissions = new[] { "declarations.view" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await hr.Client.PostAsJsonAsync("/api/v1/users", new { email = Api.NewEmail("stazysta"), displayName = "Stażysta", role = "Tylko podgląd" })).StatusCode);
    }

    [Fact]
    public async Task A_user_limited_to_a_branch_works_only_with_that_branchs_declarations()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var north = (await (await administrator.PostAsJsonAsync("/api/v1/organization/branches", new { code = "N", name = "Północ", address = Api.Address })).Content.ReadFromJsonAsync<BranchDto>())!;
        var south = (await (await administrator.PostAsJsonAsync("/api/v1/organization/branches", new { code = "S", name = "Południe", address = Api.Address })).Content.ReadFromJsonAsync<BranchDto>())!;
        var southDraft = (await (await administrator.PostAsJsonAsync("/api/v1/declarations", new { family = "import", lrn = "S-1", branchId = south.Id })).Content.ReadFromJsonAsync<DraftDto>())!;
        Assert.Equal(south.Id, southDraft.BranchId);

        var clerk = await Member.AddAsync(Host, administrator, "Operator", [north.Id]);
        var noBranch = await clerk.Client.PostAsJsonAsync("/api/v1/declarations", new { family = "import", lrn = "N-0" });
        Assert.Equal("branch.required", (await Api.JsonAsync(noBranch)).GetProperty("codes").GetProperty("branchId")[0].GetString());
        var otherBranch = await clerk.Client.PostAsJsonAsync("/api/v1/declarations", new { family = "import", lrn = "N-0", branchId = south.Id });
        Assert.Equal("branch.escalation", (await Api.JsonAsync(otherBranch)).GetProperty("codes").GetProperty("branchId")[0].GetString());
        var unknown = await clerk.Client.PostAsJsonAsync("/api/v1/declarations", new { family = "import", lrn = "N-0", branchId = Guid.NewGuid() });
        Assert.Equal("branch.unknown", (await Api.JsonAsync(unknown)).GetProperty("codes").GetProperty("branchId")[0].GetString());
        Assert.Equal(HttpStatusCode.Created, (await clerk.Client.PostAsJsonAsync("/api/v1/declarations", new { family = "import", lrn = "N-1", branchId = north.Id })).StatusCode);

        var seen = (await clerk.Client.GetFromJsonAsync<DeclarationPage>("/api/v1/declarations"))!.Items;
        Assert.Equal(["N-1"], seen.Select(d => d.Lrn));
        Assert.Equal(HttpStatusCode.NotFound, (await clerk.Client.GetAsync($"/api/v1/declarations/{southDraft.Id}")).StatusCode);
        Assert.Equal(2, (await administrator.GetFromJsonAsync<DeclarationPage>("/api/v1/declarations"))!.Items.Count);

        // Organization-wide settings are not for someone limited to a branch, whatever their permissions.
        var branchAdministrator = await Member.AddAsync(Host, administrator, "Administrator", [north.Id]);
        var rename = await branchAdministrator.Client.PutAsJsonAsync($"/api/v1/organization/branches/{south.Id}", new { code = "X", name = "Przejęty", address = Api.Address });
        Assert.Equal("branch.limited", (await Api.JsonAsync(rename)).GetProperty("codes").GetProperty("")[0].GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await branchAdministrator.Client.PostAsJsonAsync("/api/v1/roles", new { name = "Moja", permissions = new[] { "declarations.view" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await branchAdministrator.Client.PutAsJsonAsync("/api/v1/organization", new { name = "Przejęta", address = Api.Address })).StatusCode);
        Assert.Contains((await administrator.GetFromJsonAsync<List<BranchDto>>("/api/v1/organization/branches"))!, b => b.Code == "S");
        var southClerk = await branchAdministrator.Client.PostAsJsonAsync("/api/v1/users", new { email = Api.NewEmail("s"), displayName = "S", role = "Operator", branchIds = new[] { south.Id } });
        Assert.Equal("branch.escalation", (await Api.JsonAsync(southClerk)).GetProperty("codes").GetProperty("branchIds")[0].GetString());
        Assert.DoesNotContain((await branchAdministrator.Client.GetFromJsonAsync<List<UserDto>>("/api/v1/users"))!, u => u.Role == "Administrator" && u.BranchIds.Count == 0);

        var outOfBranch = await administrator.PostAsJsonAsync("/api/v1/users", new { email = Api.NewEmail("x"), displayName = "X", role = "Operator", branchIds = new[] { Guid.NewGuid() } });
        Assert.Equal("branch.unknown", (await Api.JsonAsync(outOfBranch)).GetProperty("codes").GetProperty("branchIds")[0].GetString());
    }
}
