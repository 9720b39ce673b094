using System.Net;
using System.Net.Http.Json;
using System.Text;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Declarations.Contracts.Archive;
using Xunit;

namespace WrotaCelne.IntegrationTests.Host;

/// <summary>Bad input gets a 4xx ProblemDetails naming the field; nothing is stored.</summary>
public sealed class ApiErrorTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private HttpClient Client => fixture.Host.Client;

    [Fact]
    public async Task Invalid_fields_answer_400_with_each_field_named()
    {
        var response = await Client.PostAsJsonAsync("/api/v1/organizations", new { name = "", nip = "1234567890", eori = "P!", address = new { street = "", city = "Kraków", postalCode = "30123", country = "Polska" }, administratorName = "", administratorEmail = "nope" });
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        var problem = await Api.JsonAsync(response);
        var errors = problem.GetProperty("errors");
        Assert.True(errors.TryGetProperty("name", out _));
        Assert.True(errors.TryGetProperty("nip", out _));
        Assert.True(errors.TryGetProperty("eori", out _));
        var codes = problem.GetProperty("codes");
        Assert.Equal("required", codes.GetProperty("name")[0].GetString());
        Assert.Equal("nip.invalid", codes.GetProperty("nip")[0].GetString());
        Assert.Equal("eori.invalid", codes.GetProperty("eori")[0].GetString());
        Assert.Equal("required", codes.GetProperty("administratorName")[0].GetString());
        Assert.Equal("email.invalid", codes.GetProperty("administratorEmail")[0].GetString());
        Assert.Equal("required", codes.GetProperty("address.street")[0].GetString());
        Assert.Equal("country.invalid", codes.GetProperty("address.country")[0].GetString());
    }

    [Fact]
    public async Task Malformed_json_answers_400_problem()
    {
        var response = await Client.PostAsync("/api/v1/organizations", new StringContent("{\"name\": ", Encoding.UTF8, "application/json"));
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Wrong_content_type_answers_415_problem()
    {
        var response = await Client.PostAsync("/api/v1/organizations", new StringContent("name=x", Encoding.UTF8, "text/plain"));
        await AssertProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Unknown_id_answers_404_problem()
    {
        var response = await Client.GetAsync($"/api/v1/organizations/{Guid.NewGuid()}");
        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unknown_route_answers_404_problem()
    {
        var response = await Client.GetAsync("/api/v1/no-such-thing");
        await AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Duplicate_nip_answers_409_naming_the_field_and_keeps_the_first()
    {
        var nip = Api.NewNip();
        var first = await Client.PostAsJsonAsync("/api/v1/organizations", new { name = "Pierwsza", nip, address = Api.Address, administratorName = "A", administratorEmail = Api.NewEmail("a") });
        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        var second = await Client.PostAsJsonAsync("/api/v1/organizations", new { name = "Druga", nip, address = Api.Address, administratorName = "B", administratorEmail = Api.NewEmail("b") });
        await AssertProblemAsync(second, HttpStatusCode.Conflict);
        Assert.True((await Api.JsonAsync(second)).GetProperty("errors").TryGetProperty("nip", out _));

        var all = await Client.GetFromJsonAsync<List<OrganizationView>>("/api/v1/organizations");
        Assert.Equal("Pierwsza", Assert.Single(all!, o => o.Nip == nip).Name);
    }

    [Fact]
    public async Task Polish_eori_is_suggested_from_the_nip()
    {
        var nip = Api.NewNip();
        var response = await Client.PostAsJsonAsync("/api/v1/organizations", new { name = "Spedycja", nip = $"{nip[..3]}-{nip[3..6]}-{nip[6..8]}-{nip[8..]}", address = Api.Address, administratorName = "S", administratorEmail = Api.NewEmail("s") });
        var created = (await Api.JsonAsync(response)).GetProperty("organization");
        Assert.Equal(nip, created.GetProperty("nip").GetString());
        Assert.Equal($"PL{nip}00000", created.GetProperty("eori").GetString());
    }

    [Fact]
    public async Task Declarations_of_one_organization_are_invisible_to_another()
    {
        var (a, _) = await fixture.Host.NewOrganizationAdministratorAsync("A");
        var (b, organizationB) = await fixture.Host.NewOrganizationAdministratorAsync("B");
        var created = await a.PostAsJsonAsync("/api/v1/declarations", new { family = "transit", lrn = "A-0001", organizationId = organizationB });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var draft = await Api.JsonAsync(created);
        Assert.NotEqual(organizationB, draft.GetProperty("organizationId").GetGuid()); // an organization id in the body is ignored
        var id = draft.GetProperty("id").GetGuid();

        Assert.Equal(HttpStatusCode.OK, (await a.GetAsync($"/api/v1/declarations/{id}")).StatusCode);
        await AssertProblemAsync(await b.GetAsync($"/api/v1/declarations/{id}"), HttpStatusCode.NotFound);
        Assert.Empty((await b.GetFromJsonAsync<DeclarationPage>("/api/v1/declarations"))!.Items);

        // The same LRN is free for another organization but not twice for one.
        Assert.Equal(HttpStatusCode.Created, (await b.PostAsJsonAsync("/api/v1/declarations", new { family = "export", lrn = "A-0001" })).StatusCode);
        await AssertProblemAsync(await a.PostAsJsonAsync("/api/v1/declarations", new { family = "import", lrn = "A-0001" }), HttpStatusCode.Conflict);

        // Platform operators never read customers' declarations; anonymous callers get 401.
        Assert.Equal(HttpStatusCode.Forbidden, (await Client.GetAsync("/api/v1/declarations")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Host.NewClient().GetAsync("/api/v1/declarations")).StatusCode);
    }

    [Theory]
    [InlineData("ship", "LRN-1", "family")]
    [InlineData("1", "LRN-1", "family")]
    [InlineData("transit", "-LRN-1", "lrn")]
    [InlineData("transit", "THIS-LRN-IS-FAR-TOO-LONG-1", "lrn")]
    [InlineData("transit", "bad lrn", "lrn")]
    public async Task Invalid_draft_names_the_field(string family, string lrn, string field)
    {
        var (administrator, _) = await fixture.Host.NewOrganizationAdministratorAsync();
        var response = await administrator.PostAsJsonAsync("/api/v1/declarations", new { family, lrn });
        await AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True((await Api.JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task Plan_prices_are_validated_and_kept_in_minor_units()
    {
        var code = $"plan-{Guid.NewGuid():N}"[..20];
        var bad = await Client.PostAsJsonAsync("/api/v1/billing/plans", new { code, name = "Tranzyt", monthlyPriceMinor = -1, currency = "zł" });
        await AssertProblemAsync(bad, HttpStatusCode.BadRequest);
        var errors = (await Api.JsonAsync(bad)).GetProperty("errors");
        Assert.True(errors.TryGetProperty("monthlyPriceMinor", out _));
        Assert.True(errors.TryGetProperty("currency", out _));

        var good = await Client.PostAsJsonAsync("/api/v1/billing/plans", new { code, name = "Tranzyt", monthlyPriceMinor = 49_900, currency = "PLN" });
        Assert.Equal(HttpStatusCode.Created, good.StatusCode);
        var plans = await Client.GetFromJsonAsync<List<PlanView>>("/api/v1/billing/plans");
        Assert.Equal(49_900, Assert.Single(plans!, p => p.Code == code).MonthlyPriceMinor);
    }

    [Fact]
    public async Task Ticket_gets_a_response_deadline_and_is_scoped_to_its_organization()
    {
        var (administrator, organization) = await fixture.Host.NewOrganizationAdministratorAsync();
        var (other, _) = await fixture.Host.NewOrganizationAdministratorAsync();
        var response = await administrator.PostAsJsonAsync("/api/v1/support/tickets", new { subject = "MRN", description = "Brak MRN", contactEmail = "jan@agencja.pl" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var ticket = await Api.JsonAsync(response);
        Assert.True(ticket.GetProperty("responseDueUtc").GetDateTime() > ticket.GetProperty("openedAtUtc").GetDateTime());
        var id = ticket.GetProperty("id").GetGuid();
        Assert.Equal(organization, ticket.GetProperty("organizationId").GetGuid());
        Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync($"/api/v1/support/tickets/{id}")).StatusCode);
        await AssertProblemAsync(await other.GetAsync($"/api/v1/support/tickets/{id}"), HttpStatusCode.NotFound);

        var invalid = await administrator.PostAsJsonAsync("/api/v1/support/tickets", new { subject = "x", description = "y", contactEmail = "not-an-address" });
        await AssertProblemAsync(invalid, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Training_sessions_must_be_in_the_future()
    {
        var past = await Client.PostAsJsonAsync("/api/v1/training/sessions", new { title = "NCTS P5", kind = "training", startsAtUtc = DateTime.UtcNow.AddDays(-1), durationMinutes = 60 });
        await AssertProblemAsync(past, HttpStatusCode.BadRequest);
        var title = $"NCTS P5 {Guid.NewGuid():N}";
        var future = await Client.PostAsJsonAsync("/api/v1/training/sessions", new { title, kind = "presentation", startsAtUtc = DateTime.UtcNow.AddDays(3), durationMinutes = 60 });
        Assert.Equal(HttpStatusCode.Created, future.StatusCode);
        var sessions = await Client.GetFromJsonAsync<List<SessionView>>("/api/v1/training/sessions");
        Assert.Equal("presentation", Assert.Single(sessions!, s => s.Title == title).Kind);
    }

    private static async Task AssertProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await Api.JsonAsync(response);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
    }

    private sealed record OrganizationView(Guid Id, string Name, string Nip);

    private sealed record PlanView(string Code, long MonthlyPriceMinor);

    private sealed record SessionView(string Title, string Kind);
}
