using System.Net;
using System.Net.Http.Json;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Accounts.Contracts.Users;
using Xunit;

namespace WrotaCelne.IntegrationTests.Accounts;

/// <summary>An organization's administrator manages its users; nothing crosses to another organization.</summary>
public sealed class OrganizationUsersTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task The_administrator_adds_an_operator_who_signs_in_with_only_the_operators_rights_and_loses_the_session_when_disabled()
    {
        var administrator = await NewOrganizationAdministratorAsync();
        var listed = await administrator.GetFromJsonAsync<List<UserDto>>("/api/v1/users");
        Assert.Equal("Administrator", Assert.Single(listed!).Role);

        var email = Api.NewEmail("operator");
        var response = await administrator.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Olga Operator", role = "Operator" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var added = (await response.Content.ReadFromJsonAsync<OneTimePasswordDto>())!;
        Assert.Equal(20, added.OneTimePassword.Length);

        var colleague = Host.NewClient();
        await TestHost.SignInFirstTimeAsync(colleague, email, added.OneTimePassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await colleague.GetAsync("/api/v1/users")).StatusCode);
        Assert.DoesNotContain("Dziennik", await colleague.GetStringAsync("/"), StringComparison.Ordinal);

        var disabled = await administrator.PostAsync($"/api/v1/users/{added.User.Id}/disable", null);
        Assert.True((await disabled.Content.ReadFromJsonAsync<UserDto>())!.Disabled);
        Assert.Equal(HttpStatusCode.Unauthorized, (await colleague.GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await TestHost.SignInAsync(Host.NewClient(), email, TestHost.ChosenPassword)).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsync($"/api/v1/users/{added.User.Id}/enable", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await TestHost.SignInAsync(Host.NewClient(), email, TestHost.ChosenPassword)).StatusCode);
    }

    [Fact]
    public async Task Another_organizations_user_is_not_found_and_stays_as_it_was()
    {
        var administratorA = await NewOrganizationAdministratorAsync();
        var administratorB = await NewOrganizationAdministratorAsync();
        var userOfA = (await (await administratorA.PostAsJsonAsync("/api/v1/users", new { email = Api.NewEmail("a"), displayName = "Adam", role = "Auditor" })).Content.ReadFromJsonAsync<OneTimePasswordDto>())!.User;

        var disable = await administratorB.PostAsync($"/api/v1/users/{userOfA.Id}/disable", null);
        Assert.Equal(HttpStatusCode.NotFound, disable.StatusCode);
        Assert.Equal("application/problem+json", disable.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain((await administratorB.GetFromJsonAsync<List<UserDto>>("/api/v1/users"))!, u => u.Id == userOfA.Id);
        Assert.False((await administratorA.GetFromJsonAsync<List<UserDto>>("/api/v1/users"))!.Single(u => u.Id == userOfA.Id).Disabled);
    }

    [Fact]
    public async Task An_organization_id_in_the_body_is_ignored_and_unknown_roles_are_refused()
    {
        var administratorA = await NewOrganizationAdministratorAsync();
        var administratorB = await NewOrganizationAdministratorAsync();
        var bUsers = await administratorB.GetFromJsonAsync<List<UserDto>>("/api/v1/users");

        var email = Api.NewEmail("overpost");
        var response = await administratorA.PostAsJsonAsync("/api/v1/users", new { email, displayName = "Ola", role = "Operator", organizationId = Guid.NewGuid(), isPlatformOperator = true });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Contains((await administratorA.GetFromJsonAsync<List<UserDto>>("/api/v1/users"))!, u => u.Email == email);
        Assert.Equal(bUsers!.Count, (await administratorB.GetFromJsonAsync<List<UserDto>>("/api/v1/users"))!.Count);
        var added = (await response.Content.ReadFromJsonAsync<OneTimePasswordDto>())!;
        var signedIn = Host.NewClient();
        await TestHost.SignInFirstTimeAsync(signedIn, email, added.OneTimePassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await signedIn.GetAsync("/api/v1/admin/plugins")).StatusCode);

        var displayNameAddress = await administratorA.PostAsJsonAsync("/api/v1/users", new { email = "Jan <jan@agencja.test>", displayName = "Jan", role = "Operator" });
        Assert.Equal(HttpStatusCode.BadRequest, displayNameAddress.StatusCode);
        Assert.Equal("email.invalid", (await Api.JsonAsync(displayNameAddress)).GetProperty("codes").GetProperty("email")[0].GetString());

        var wrongRole = await administratorA.PostAsJsonAsync("/api/v1/users", new { email = Api.NewEmail("x"), displayName = "X", role = "PlatformOperator" });
        Assert.Equal(HttpStatusCode.BadRequest, wrongRole.StatusCode);
        Assert.Equal("role.invalid", (await Api.JsonAsync(wrongRole)).GetProperty("codes").GetProperty("role")[0].GetString());
    }

    [Theory]
    [InlineData("Origin", "https://evil.example")]
    [InlineData("Sec-Fetch-Site", "cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site")]
    public async Task A_browser_request_from_another_site_cannot_change_users_with_the_session_cookie(string header, string value)
    {
        var administrator = await NewOrganizationAdministratorAsync();
        var added = (await (await administrator.PostAsJsonAsync("/api/v1/users", new { email = Api.NewEmail("csrf"), displayName = "C", role = "Auditor" })).Content.ReadFromJsonAsync<OneTimePasswordDto>())!;

        using var forged = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/users/{added.User.Id}/disable");
        forged.Headers.Add(header, value);
        var response = await administrator.SendAsync(forged);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.False((await administrator.GetFromJsonAsync<List<UserDto>>("/api/v1/users"))!.Single(u => u.Id == added.User.Id).Disabled);

        using var ownPage = new HttpRequestMessage(HttpMethod.Post, $"/api/v1/users/{added.User.Id}/disable");
        ownPage.Headers.Add("Origin", Host.Address.GetLeftPart(UriPartial.Authority));
        ownPage.Headers.Add("Sec-Fetch-Site", "same-origin");
        Assert.Equal(HttpStatusCode.OK, (await administrator.SendAsync(ownPage)).StatusCode);
    }

    [Fact]
    public async Task An_administrator_cannot_disable_their_own_account()
    {
        var administrator = await NewOrganizationAdministratorAsync();
        var self = (await administrator.GetFromJsonAsync<List<UserDto>>("/api/v1/users"))!.Single();
        Assert.Equal(HttpStatusCode.Conflict, (await administrator.PostAsync($"/api/v1/users/{self.Id}/disable", null)).StatusCode);
    }

    [Fact]
    public async Task Platform_operators_do_not_manage_customer_users_and_anonymous_callers_get_401()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await Host.Client.GetAsync("/api/v1/users")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.NewClient().GetAsync("/api/v1/users")).StatusCode);
    }

    private async Task<HttpClient> NewOrganizationAdministratorAsync() => (await Host.NewOrganizationAdministratorAsync()).Client;
}
