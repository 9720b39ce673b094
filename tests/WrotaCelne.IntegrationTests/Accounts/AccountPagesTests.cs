using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Accounts.Contracts.Tokens;
using Xunit;

namespace WrotaCelne.IntegrationTests.Accounts;

/// <summary>The organization, my-account and operator pages post through antiforgery-protected forms and answer in the page language.</summary>
public sealed partial class AccountPagesTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task The_organization_page_saves_the_profile_and_adds_a_branch()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync("Strona Organizacji");
        var token = await TestHost.AntiforgeryTokenAsync(administrator, "/accounts/organization");
        var invalid = await administrator.PostAsync("/accounts/organization?handler=Branch&culture=en", Form(token, ("Branch.Code", "Ż!"), ("Branch.Name", "Port"), ("Branch.Address.Street", "Nabrzeże 1"),
            ("Branch.Address.City", "Gdynia"), ("Branch.Address.PostalCode", "81-001"), ("Branch.Address.Country", "PL")));
        Assert.Equal("The branch code has 1 to 10 letters or digits.", ErrorFor(await invalid.Content.ReadAsStringAsync(), "Branch.Code"));

        var added = await administrator.PostAsync("/accounts/organization?handler=Branch", Form(token, ("Branch.Code", "GDY"), ("Branch.Name", "Port"), ("Branch.Address.Street", "Nabrzeże 1"),
            ("Branch.Address.City", "Gdynia"), ("Branch.Address.PostalCode", "81-001"), ("Branch.Address.Country", "PL")));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("data-branch=\"GDY\"", await administrator.GetStringAsync("/accounts/organization"), StringComparison.Ordinal);

        var saved = await administrator.PostAsync("/accounts/organization?handler=Profile", Form(token, ("Profile.Name", "Strona Organizacji S.A."), ("Profile.Sisc", ""), ("Profile.Eori", ""),
            ("Profile.Address.Street", "ul. Nowa 1"), ("Profile.Address.City", "Opole"), ("Profile.Address.PostalCode", "45-001"), ("Profile.Address.Country", "PL"), ("Profile.RequireTwoFactor", "false")));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var profile = (await administrator.GetFromJsonAsync<OrganizationDto>("/api/v1/organization"))!;
        Assert.Equal(("Strona Organizacji S.A.", "Opole"), (profile.Name, profile.Address.City));
    }

    [Fact]
    public async Task My_account_issues_a_token_shown_once_and_revokes_it()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var token = await TestHost.AntiforgeryTokenAsync(administrator, "/account");
        var created = await administrator.PostAsync("/account?handler=CreateToken", Form(token, ("Input.Name", "Symfonia"), ("Input.Permissions", "declarations.view"), ("Input.ExpiresInDays", "14")));
        var html = await created.Content.ReadAsStringAsync();
        var secret = TokenSecret().Match(html).Groups[1].Value;
        Assert.StartsWith("wct_", secret, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, await administrator.GetStringAsync("/account"), StringComparison.Ordinal);

        var listed = Assert.Single((await administrator.GetFromJsonAsync<List<ApiTokenDto>>("/api/v1/me/tokens"))!);
        Assert.Equal(["declarations.view"], listed.Permissions);
        var revoke = await administrator.PostAsync($"/account?handler=RevokeToken&tokenId={listed.Id}", Form(token));
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.NotNull(Assert.Single((await administrator.GetFromJsonAsync<List<ApiTokenDto>>("/api/v1/me/tokens"))!).RevokedAtUtc);

        var forged = await administrator.PostAsync("/account?handler=CreateToken", Form("forged", ("Input.Name", "x"), ("Input.Permissions", "declarations.view")));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Single((await administrator.GetFromJsonAsync<List<ApiTokenDto>>("/api/v1/me/tokens"))!);
    }

    [Fact]
    public async Task The_operator_approves_a_request_and_suspends_an_organization_from_the_console()
    {
        var nip = Api.NewNip();
        var email = Api.NewEmail("konsola");
        Assert.Equal(HttpStatusCode.Accepted, (await Host.NewClient().PostAsJsonAsync("/api/v1/registration-requests", new
        {
            name = "Z konsoli", nip, address = Api.Address, administratorName = "Kamil", administratorEmail = email, status = "Active", requireTwoFactor = true,
        })).StatusCode);
        var console = await Host.NewOperatorClientAsync();
        var pending = (await console.GetFromJsonAsync<List<OrganizationDto>>("/api/v1/organizations?status=Pending"))!.Single(o => o.Nip == nip);
        Assert.False(pending.RequireTwoFactor); // what a requester may not choose is ignored

        var token = await TestHost.AntiforgeryTokenAsync(console, "/accounts/organizations?status=Pending");
        var approved = await console.PostAsync($"/accounts/organizations?handler=Approve&organizationId={pending.Id}", Form(token));
        var html = await approved.Content.ReadAsStringAsync();
        Assert.Contains($"<strong id=\"administrator-email\">{email}</strong>", html, StringComparison.Ordinal);
        var password = Regex.Match(html, "<code id=\"administrator-password\">([^<]+)</code>").Groups[1].Value;
        var administrator = Host.NewClient();
        await TestHost.SignInFirstTimeAsync(administrator, email, password);

        var suspended = await console.PostAsync($"/accounts/organizations?handler=Suspend&organizationId={pending.Id}", Form(token, ("Reason", "Na prośbę klienta")));
        Assert.Contains("Na prośbę klienta", await suspended.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await administrator.GetAsync("/api/v1/organization")).StatusCode);
        var twice = await console.PostAsync($"/accounts/organizations?handler=Suspend&organizationId={pending.Id}", Form(token));
        Assert.Contains("id=\"problem\"", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string ErrorFor(string html, string field) =>
        System.Net.WebUtility.HtmlDecode(Regex.Match(html, $"<span[^>]*data-valmsg-for=\"{Regex.Escape(field)}\"[^>]*>([^<]*)</span>").Groups[1].Value);

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("__RequestVerificationToken", token)));

    [GeneratedRegex("<code id=\"token-secret\">([^<]+)</code>")]
    private static partial Regex TokenSecret();
}
