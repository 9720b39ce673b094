using System.Net;
using System.Net.Http.Json;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using Xunit;

namespace WrotaCelne.IntegrationTests.Accounts;

/// <summary>A company asks to be registered on a public page; the operator approves or rejects.</summary>
public sealed class RegistrationRequestTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task A_request_waits_for_the_operator_and_its_approval_creates_the_administrator()
    {
        var nip = Api.NewNip();
        var email = Api.NewEmail("wniosek");
        var anonymous = Host.NewClient();
        var request = await anonymous.PostAsJsonAsync("/api/v1/registration-requests", new
        {
            name = "Wnioskująca Sp. z o.o.", nip, sisc = "PL1234567890ABC", address = Api.Address, administratorName = "Wiktor Wniosek", administratorEmail = email,
        });
        Assert.Equal(HttpStatusCode.Accepted, request.StatusCode);

        var pending = (await Host.Client.GetFromJsonAsync<List<OrganizationDto>>("/api/v1/organizations?status=Pending"))!.Single(o => o.Nip == nip);
        Assert.Equal("Pending", pending.Status);
        Assert.Equal(email, pending.RequestedAdministratorEmail);
        Assert.Equal("PL1234567890ABC", pending.Sisc);
        Assert.Equal("Warszawa", pending.Address.City);
        Assert.Equal(HttpStatusCode.OK, (await TestHost.SignInAsync(Host.NewClient(), email, "anything-at-all-123")).StatusCode); // no account yet

        var approved = await Host.Client.PostAsync($"/api/v1/organizations/{pending.Id}/approve", null);
        Assert.Equal(HttpStatusCode.OK, approved.StatusCode);
        var registered = (await approved.Content.ReadFromJsonAsync<RegisteredOrganizationDto>())!;
        Assert.Equal("Active", registered.Organization.Status);
        Assert.Equal(email, registered.AdministratorEmail);
        Assert.True(registered.AdministratorPasswordExpiresAtUtc > DateTime.UtcNow.AddDays(2));

        var administrator = Host.NewClient();
        await TestHost.SignInFirstTimeAsync(administrator, email, registered.AdministratorOneTimePassword);
        var own = (await administrator.GetFromJsonAsync<OrganizationDto>("/api/v1/organization"))!;
        Assert.Equal(pending.Id, own.Id);

        // An approved request cannot be approved again.
        Assert.Equal(HttpStatusCode.Conflict, (await Host.Client.PostAsync($"/api/v1/organizations/{pending.Id}/approve", null)).StatusCode);

        // Billing opened the trial for it, as for any registration.
        await TestHost.EventuallyAsync(async () =>
            (await Host.Client.GetAsync($"/api/v1/billing/accounts/{pending.Id}")).StatusCode == HttpStatusCode.OK ? "ok" : null);
    }

    [Fact]
    public async Task The_public_request_never_tells_whether_a_nip_is_registered_and_approval_keeps_nips_unique()
    {
        var (_, registeredId) = await Host.NewOrganizationAdministratorAsync("Już klient");
        var registeredNip = (await Host.Client.GetFromJsonAsync<OrganizationDto>($"/api/v1/organizations/{registeredId}"))!.Nip;
        var squatter = new { name = "Podszywacz", nip = registeredNip, address = Api.Address, administratorName = "Zły", administratorEmail = Api.NewEmail("zly") };
        Assert.Equal(HttpStatusCode.Accepted, (await Host.NewClient().PostAsJsonAsync("/api/v1/registration-requests", squatter)).StatusCode);

        var nip = Api.NewNip();
        var first = new { name = "Pierwszy wniosek", nip, address = Api.Address, administratorName = "Ola", administratorEmail = Api.NewEmail("pierwszy") };
        var second = new { name = "Drugi wniosek", nip, address = Api.Address, administratorName = "Ela", administratorEmail = Api.NewEmail("drugi") };
        Assert.Equal(HttpStatusCode.Accepted, (await Host.NewClient().PostAsJsonAsync("/api/v1/registration-requests", first)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await Host.NewClient().PostAsJsonAsync("/api/v1/registration-requests", second)).StatusCode);

        var pending = (await Host.Client.GetFromJsonAsync<List<OrganizationDto>>("/api/v1/organizations?status=pending"))!;
        var squatting = pending.Single(o => o.Nip == registeredNip);
        var refused = await Host.Client.PostAsync($"/api/v1/organizations/{squatting.Id}/approve", null);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal("nip.taken", (await Api.JsonAsync(refused)).GetProperty("codes").GetProperty("nip")[0].GetString());
        Assert.Equal("Pending", (await Host.Client.GetFromJsonAsync<OrganizationDto>($"/api/v1/organizations/{squatting.Id}"))!.Status);

        var both = pending.Where(o => o.Nip == nip).OrderBy(o => o.Name).ToList();
        Assert.Equal(HttpStatusCode.OK, (await Host.Client.PostAsync($"/api/v1/organizations/{both[1].Id}/approve", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, (await Host.Client.PostAsync($"/api/v1/organizations/{both[0].Id}/approve", null)).StatusCode);
        var rejected = await Host.Client.PostAsJsonAsync($"/api/v1/organizations/{both[0].Id}/reject", new { reason = "Duplikat" });
        Assert.Equal("Rejected", (await rejected.Content.ReadFromJsonAsync<OrganizationDto>())!.Status);
    }

    [Fact]
    public async Task A_bad_request_names_every_wrong_field_and_only_operators_decide()
    {
        var response = await Host.NewClient().PostAsJsonAsync("/api/v1/registration-requests", new
        {
            name = "", nip = "1111111112", sisc = "short", address = new { street = "ul. Długa 1", city = "", postalCode = "00950", country = "PL" }, administratorName = "A", administratorEmail = "x",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var codes = (await Api.JsonAsync(response)).GetProperty("codes");
        Assert.Equal("required", codes.GetProperty("name")[0].GetString());
        Assert.Equal("nip.invalid", codes.GetProperty("nip")[0].GetString());
        Assert.Equal("sisc.invalid", codes.GetProperty("sisc")[0].GetString());
        Assert.Equal("required", codes.GetProperty("address.city")[0].GetString());
        Assert.Equal("postalCode.invalid", codes.GetProperty("address.postalCode")[0].GetString());
        Assert.Equal("email.invalid", codes.GetProperty("administratorEmail")[0].GetString());

        var (administrator, organizationId) = await Host.NewOrganizationAdministratorAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await administrator.PostAsync($"/api/v1/organizations/{organizationId}/suspend", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.NewClient().GetAsync("/api/v1/organizations?status=Pending")).StatusCode);
    }

    [Fact]
    public async Task The_public_page_sends_a_request_and_shows_errors_next_to_the_fields()
    {
        var client = Host.NewClient();
        var token = await TestHost.AntiforgeryTokenAsync(client, "/register");
        var nip = Api.NewNip();
        var invalid = await client.PostAsync("/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "Strona", ["Input.Nip"] = nip, ["Input.Address.Street"] = "ul. Polna 2", ["Input.Address.City"] = "Łódź", ["Input.Address.PostalCode"] = "90-001",
            ["Input.Address.Country"] = "XX1", ["Input.AdministratorName"] = "Stefan", ["Input.AdministratorEmail"] = Api.NewEmail("strona"), ["__RequestVerificationToken"] = token,
        }));
        var html = WebUtility.HtmlDecode(await invalid.Content.ReadAsStringAsync());
        var error = System.Text.RegularExpressions.Regex.Match(html, "<span[^>]*data-valmsg-for=\"Input.Address.Country\"[^>]*>([^<]*)</span>");
        Assert.StartsWith("Podaj dwuliterowy kod kraju ISO", error.Groups[1].Value, StringComparison.Ordinal);

        var sent = await client.PostAsync("/register", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "Strona", ["Input.Nip"] = nip, ["Input.Address.Street"] = "ul. Polna 2", ["Input.Address.City"] = "Łódź", ["Input.Address.PostalCode"] = "90-001",
            ["Input.Address.Country"] = "PL", ["Input.AdministratorName"] = "Stefan", ["Input.AdministratorEmail"] = Api.NewEmail("strona"), ["__RequestVerificationToken"] = token,
        }));
        Assert.Contains("id=\"request-submitted\"", await sent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains((await Host.Client.GetFromJsonAsync<List<OrganizationDto>>("/api/v1/organizations?status=Pending"))!, o => o.Nip == nip);
    }
}
