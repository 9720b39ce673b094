using System.Net;
using WrotaCelne.IntegrationTests.Infrastructure;
using Xunit;

namespace WrotaCelne.IntegrationTests.Host;

public sealed class LanguageTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Switching_to_english_needs_the_antiforgery_token_and_then_sticks()
    {
        var client = fixture.Host.NewClient();
        var token = await TestHost.AntiforgeryTokenAsync(client, "/billing/plans");

        var forged = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string> { ["culture"] = "en", ["returnUrl"] = "/billing/plans" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);

        var response = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en",
            ["returnUrl"] = "/billing/plans",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/billing/plans", response.Headers.Location!.OriginalString);

        var html = await client.GetStringAsync("/billing/plans");
        Assert.Contains("<html lang=\"en\">", html, StringComparison.Ordinal);
        Assert.Contains("Price list", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Language_switch_never_redirects_off_site()
    {
        var client = fixture.Host.NewClient();
        var token = await TestHost.AntiforgeryTokenAsync(client, "/");
        var response = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "pl",
            ["returnUrl"] = "//evil.example/phish",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Theory]
    [InlineData("/\t/evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("https://evil.example/")]
    public async Task Odd_return_urls_fall_back_to_the_home_page(string returnUrl)
    {
        var client = fixture.Host.NewClient();
        var token = await TestHost.AntiforgeryTokenAsync(client, "/");
        var response = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en",
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Unsupported_language_is_refused_with_a_field_error()
    {
        var client = fixture.Host.NewClient();
        var token = await TestHost.AntiforgeryTokenAsync(client, "/");
        var response = await client.PostAsync("/language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "de",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await Api.JsonAsync(response);
        Assert.True(problem.GetProperty("errors").TryGetProperty("culture", out _));
    }

    [Fact]
    public async Task English_is_also_available_by_query_string()
    {
        var html = await fixture.Host.Client.GetStringAsync("/support?culture=en");
        Assert.Contains("Technical support", html, StringComparison.Ordinal);
    }
}
