using System.Net;
using WrotaCelne.IntegrationTests.Infrastructure;
using Xunit;

namespace WrotaCelne.IntegrationTests.Host;

/// <summary>Module pages post through antiforgery-protected forms and show errors next to the field.</summary>
public sealed class PageFormTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Organization_form_registers_and_lists_the_organization()
    {
        var client = await fixture.Host.NewOperatorClientAsync();
        var token = await TestHost.AntiforgeryTokenAsync(client, "/accounts/organizations");
        var nip = Api.NewNip();
        var email = Api.NewEmail("brama");
        var response = await client.PostAsync("/accounts/organizations", Form(
            token,
            ("Input.Name", "Agencja Celna Brama"),
            ("Input.Nip", nip),
            ("Input.Address.Street", "ul. Graniczna 5"),
            ("Input.Address.PostalCode", "15-001"),
            ("Input.Address.City", "Białystok"),
            ("Input.Address.Country", "PL"),
            ("Input.AdministratorName", "Barbara Brama"),
            ("Input.AdministratorEmail", email)));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Agencja Celna Brama", html, StringComparison.Ordinal);
        Assert.Contains($"PL{nip}00000", html, StringComparison.Ordinal);
        Assert.Contains($"<strong id=\"administrator-email\">{email}</strong>", html, StringComparison.Ordinal);

        // The one-time password on the page signs the administrator in.
        var password = System.Text.RegularExpressions.Regex.Match(html, "<code id=\"administrator-password\">([^<]+)</code>").Groups[1].Value;
        var administrator = fixture.Host.NewClient();
        await TestHost.SignInFirstTimeAsync(administrator, email, password);
        Assert.Contains("Barbara Brama", await administrator.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await administrator.GetAsync("/api/v1/organizations")).StatusCode);
    }

    [Theory]
    [InlineData("", "NIP musi mieć 10 cyfr", "To pole jest wymagane.")]
    [InlineData("?culture=en", "NIP must be 10 digits", "This field is required.")]
    public async Task Organization_form_shows_each_error_next_to_its_field_in_the_page_language(string query, string nipError, string nameError)
    {
        var client = await fixture.Host.NewOperatorClientAsync();
        var token = await TestHost.AntiforgeryTokenAsync(client, "/accounts/organizations" + query);
        var response = await client.PostAsync("/accounts/organizations" + query, Form(token, ("Input.Name", ""), ("Input.Nip", "1234567890")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Matches($"data-valmsg-for=\"Input.Nip\"[^>]*>{nipError}", html);
        Assert.Matches($"data-valmsg-for=\"Input.Name\"[^>]*>{System.Text.RegularExpressions.Regex.Escape(nameError)}", html);
    }

    [Fact]
    public async Task Form_post_without_antiforgery_token_is_refused()
    {
        var client = await fixture.Host.NewOperatorClientAsync();
        await client.GetAsync("/accounts/organizations");
        var response = await client.PostAsync("/accounts/organizations", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Name"] = "X", ["Input.Nip"] = Api.NewNip() }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Declaration_form_creates_a_draft_for_the_organization()
    {
        var (client, _) = await fixture.Host.NewOrganizationAdministratorAsync();
        var token = await TestHost.AntiforgeryTokenAsync(client, "/declarations");
        var response = await client.PostAsync("/declarations", Form(token, ("Input.Family", "export"), ("Input.Lrn", "EX/2026/000001")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Contains("EX/2026/000001", html, StringComparison.Ordinal);
        Assert.Contains("Eksport (AES)", WebUtility.HtmlDecode(html), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Helpdesk_page_accepts_a_ticket_and_shows_when_the_answer_is_due()
    {
        var (client, _) = await fixture.Host.NewOrganizationAdministratorAsync();
        var token = await TestHost.AntiforgeryTokenAsync(client, "/support");
        var response = await client.PostAsync("/support", Form(token, ("Input.Subject", "Podpis"), ("Input.Description", "Nie działa podpis"), ("Input.ContactEmail", "anna@agencja.pl")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("id=\"ticket-opened\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Training_form_names_a_time_that_does_not_exist_in_warsaw()
    {
        var client = await fixture.Host.NewOperatorClientAsync();
        var token = await TestHost.AntiforgeryTokenAsync(client, "/support/training");
        // 28 March 2027, 02:30: clocks jump from 02:00 to 03:00 in Warsaw.
        var response = await client.PostAsync("/support/training", Form(token, ("Input.Title", "Eksport AES"), ("Input.Kind", "training"), ("Input.StartsAt", "2027-03-28T02:30"), ("Input.DurationMinutes", "60")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Matches("data-valmsg-for=\"Input.StartsAt\"[^>]*>Tej godziny nie ma w Warszawie", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Training_form_schedules_a_session_in_warsaw_time()
    {
        var client = await fixture.Host.NewOperatorClientAsync();
        var token = await TestHost.AntiforgeryTokenAsync(client, "/support/training");
        var title = $"Tranzyt NCTS {Guid.NewGuid():N}"[..24];
        var response = await client.PostAsync("/support/training", Form(token, ("Input.Title", title), ("Input.Kind", "presentation"), ("Input.StartsAt", "2030-06-03T10:00"), ("Input.DurationMinutes", "60")));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var html = await client.GetStringAsync(response.Headers.Location!.OriginalString);
        Assert.Matches($"<td>2030-06-03 10:00</td><td>{title}</td>", html);
    }

    private static FormUrlEncodedContent Form(string token, params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("__RequestVerificationToken", token)));
}
