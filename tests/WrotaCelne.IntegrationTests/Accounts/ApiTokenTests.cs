using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Declarations.Contracts.Archive;
using WrotaCelne.Modules.Accounts.Contracts.Tokens;
using WrotaCelne.Modules.Accounts.Infrastructure;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using Xunit;

namespace WrotaCelne.IntegrationTests.Accounts;

/// <summary>Personal API tokens for ERP integrations: shown once, stored hashed, scoped, revocable, expiring.</summary>
public sealed class ApiTokenTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task A_token_acts_for_its_user_with_only_its_permissions_until_revoked()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        Assert.Equal(HttpStatusCode.Created, (await administrator.PostAsJsonAsync("/api/v1/declarations", new { family = "export", lrn = "ERP-1" })).StatusCode);
        var response = await administrator.PostAsJsonAsync("/api/v1/me/tokens", new { name = "ERP odczyt", permissions = new[] { "declarations.view" }, expiresInDays = 30 });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = (await response.Content.ReadFromJsonAsync<CreatedApiTokenDto>())!;
        Assert.StartsWith("wct_", created.Token, StringComparison.Ordinal);

        using var erp = Bearer(created.Token);
        var drafts = (await erp.GetFromJsonAsync<DeclarationPage>("/api/v1/declarations"))!.Items;
        Assert.Contains(drafts!, d => d.Lrn == "ERP-1");
        Assert.Equal(HttpStatusCode.Forbidden, (await erp.PostAsJsonAsync("/api/v1/declarations", new { family = "export", lrn = "ERP-2" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await erp.GetAsync("/api/v1/users")).StatusCode); // the user may, the token may not
        Assert.Equal(HttpStatusCode.Forbidden, (await erp.PostAsJsonAsync("/api/v1/me/tokens", new { name = "x", permissions = new[] { "declarations.view" }, expiresInDays = 1 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await erp.PostAsJsonAsync("/api/v1/me/password", new { currentPassword = TestHost.ChosenPassword, newPassword = "Przejete-Haslo-123" })).StatusCode);

        // Only a hash is stored; the list never shows the secret.
        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var stored = await scope.ServiceProvider.GetRequiredService<AccountsDbContext>().ApiTokens.AsNoTracking().SingleAsync(t => t.Id == created.Details.Id);
            Assert.Equal(32, stored.SecretHash.Length);
            var secret = created.Token[(created.Token.IndexOf('_', "wct_".Length) + 1)..]; // the secret itself may hold '_' (base64url)
            Assert.DoesNotContain(secret, Convert.ToBase64String(stored.SecretHash), StringComparison.Ordinal);
            Assert.NotNull(stored.LastUsedAtUtc);
        }

        Assert.DoesNotContain(created.Token, await administrator.GetStringAsync("/api/v1/me/tokens"), StringComparison.Ordinal);

        var tampered = Bearer(created.Token[..^2] + (created.Token.EndsWith("AA", StringComparison.Ordinal) ? "BB" : "AA"));
        var refused = await tampered.GetAsync("/api/v1/declarations");
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains("invalid_token", refused.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsync($"/api/v1/me/tokens/{created.Details.Id}/revoke", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await erp.GetAsync("/api/v1/declarations")).StatusCode);
        var log = await administrator.GetFromJsonAsync<List<WrotaCelne.Modules.Accounts.Contracts.Audit.AuditEntryDto>>("/api/v1/audit");
        Assert.Contains(log!, e => e.Action == "token.created" && e.Details.Contains("ERP odczyt", StringComparison.Ordinal));
        Assert.Contains(log!, e => e.Action == "token.revoked");
    }

    [Fact]
    public async Task A_token_dies_with_its_expiry_its_users_account_and_its_users_permissions()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var member = await Member.AddAsync(Host, administrator, "Operator");
        var tooMuch = await member.Client.PostAsJsonAsync("/api/v1/me/tokens", new { name = "za dużo", permissions = new[] { "accounts.users.manage" }, expiresInDays = 30 });
        Assert.Equal("role.escalation", (await Api.JsonAsync(tooMuch)).GetProperty("codes").GetProperty("permissions")[0].GetString());
        var tooLong = await member.Client.PostAsJsonAsync("/api/v1/me/tokens", new { name = "wieczny", permissions = new[] { "declarations.view" }, expiresInDays = 5000 });
        Assert.Equal("token.lifetime", (await Api.JsonAsync(tooLong)).GetProperty("codes").GetProperty("expiresInDays")[0].GetString());

        var token = (await (await member.Client.PostAsJsonAsync("/api/v1/me/tokens", new { name = "ERP", permissions = new[] { "declarations.view", "declarations.create" }, expiresInDays = 7 })).Content.ReadFromJsonAsync<CreatedApiTokenDto>())!;
        using var erp = Bearer(token.Token);
        Assert.Equal(HttpStatusCode.Created, (await erp.PostAsJsonAsync("/api/v1/declarations", new { family = "transit", lrn = "TOK-1" })).StatusCode);

        // The user loses a permission: so does the token.
        Assert.Equal(HttpStatusCode.OK, (await administrator.PutAsJsonAsync($"/api/v1/users/{member.Id}", new { displayName = "Olga", role = "Auditor" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await erp.PostAsJsonAsync("/api/v1/declarations", new { family = "transit", lrn = "TOK-2" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await erp.GetAsync("/api/v1/declarations")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsync($"/api/v1/users/{member.Id}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await erp.GetAsync("/api/v1/declarations")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsync($"/api/v1/users/{member.Id}/enable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await erp.GetAsync("/api/v1/declarations")).StatusCode);

        await using (var scope = Host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AccountsDbContext>();
            await db.ApiTokens.Where(t => t.Id == token.Details.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.ExpiresAtUtc, DateTime.UtcNow.AddSeconds(-1)));
        }

        Assert.Equal(HttpStatusCode.Unauthorized, (await erp.GetAsync("/api/v1/declarations")).StatusCode);
    }

    [Fact]
    public async Task A_password_reset_revokes_the_users_tokens_and_a_two_step_demand_applies_to_tokens_too()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var member = await Member.AddAsync(Host, administrator, "Operator");
        var first = (await (await member.Client.PostAsJsonAsync("/api/v1/me/tokens", new { name = "ERP 1", permissions = new[] { "declarations.view" }, expiresInDays = 7 })).Content.ReadFromJsonAsync<CreatedApiTokenDto>())!;
        using var erp = Bearer(first.Token);
        Assert.Equal(HttpStatusCode.OK, (await erp.GetAsync("/api/v1/declarations")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsync($"/api/v1/users/{member.Id}/reset-password", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await erp.GetAsync("/api/v1/declarations")).StatusCode);
        var log = await administrator.GetFromJsonAsync<List<WrotaCelne.Modules.Accounts.Contracts.Audit.AuditEntryDto>>("/api/v1/audit?action=user.password-reset");
        Assert.Contains("1 API token(s) revoked", Assert.Single(log!).Details, StringComparison.Ordinal);

        var (owner, _) = await Host.NewOrganizationAdministratorAsync();
        var own = (await (await owner.PostAsJsonAsync("/api/v1/me/tokens", new { name = "ERP 2", permissions = new[] { "declarations.view" }, expiresInDays = 7 })).Content.ReadFromJsonAsync<CreatedApiTokenDto>())!;
        Assert.Equal(HttpStatusCode.OK, (await owner.PutAsJsonAsync("/api/v1/organization", new { name = "Z wymogiem", address = Api.Address, requireTwoFactor = true })).StatusCode);
        using var stale = Bearer(own.Token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await stale.GetAsync("/api/v1/declarations")).StatusCode);
        await TestHost.SetUpAuthenticatorAsync(owner);
        Assert.Equal(HttpStatusCode.OK, (await stale.GetAsync("/api/v1/declarations")).StatusCode);
    }

    [Fact]
    public async Task A_token_reads_accounts_but_never_hands_out_accounts_roles_or_access()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var member = await Member.AddAsync(Host, administrator, "Operator");
        var token = (await (await administrator.PostAsJsonAsync("/api/v1/me/tokens", new
        {
            name = "Kadry ERP", permissions = new[] { "accounts.users.manage", "accounts.organization.manage" }, expiresInDays = 7,
        })).Content.ReadFromJsonAsync<CreatedApiTokenDto>())!;
        using var erp = Bearer(token.Token);
        Assert.Equal(HttpStatusCode.OK, (await erp.GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await erp.PostAsync($"/api/v1/users/{member.Id}/reset-password", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await erp.PostAsync($"/api/v1/users/{member.Id}/disable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await erp.PostAsJsonAsync("/api/v1/users", new { email = Api.NewEmail("erp"), displayName = "ERP", role = "Administrator" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await erp.PostAsJsonAsync("/api/v1/roles", new { name = "ERP", permissions = new[] { "declarations.view" } })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await erp.PostAsJsonAsync("/api/v1/organization/support-access", new { days = 30 })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await erp.GetAsync("/api/v1/organization")).StatusCode);
        Assert.True((await Host.NewClient().GetAsync("/")).IsSuccessStatusCode);
        Assert.False((await administrator.GetFromJsonAsync<WrotaCelne.Modules.Accounts.Contracts.Users.UserDto>($"/api/v1/users/{member.Id}"))!.Disabled);
    }

    [Fact]
    public async Task A_token_opens_the_api_only_never_the_pages()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var token = (await (await administrator.PostAsJsonAsync("/api/v1/me/tokens", new { name = "ERP", permissions = new[] { "declarations.view" }, expiresInDays = 7 })).Content.ReadFromJsonAsync<CreatedApiTokenDto>())!;
        using var erp = Bearer(token.Token);
        var page = await erp.GetAsync("/declarations");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/account/sign-in", page.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Bearer("not-a-token").GetAsync("/api/v1/declarations")).StatusCode);
    }

    private HttpClient Bearer(string token)
    {
        var client = Host.NewClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }
}
