using System.Net;
using WrotaCelne.IntegrationTests.Infrastructure;
using Xunit;

namespace WrotaCelne.IntegrationTests.Accounts;

public sealed class SignInRateLimitTests
{
    [Fact]
    public async Task A_burst_of_sign_ins_from_one_address_gets_429_with_retry_after_while_other_pages_answer()
    {
        await using var host = await TestHost.StartAsync(new Dictionary<string, string> { ["Modules:Accounts:SignInsPerMinute"] = "4" });
        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage? refused = null;
        for (var i = 0; i < 6; i++)
        {
            var response = await TestHost.SignInAsync(host.NewClient(), $"burst-{i}@example.com", "wrong password");
            statuses.Add(response.StatusCode);
            refused ??= response.StatusCode == HttpStatusCode.TooManyRequests ? response : null;
        }

        // The default client's start (its sign-in and its password change, which the same limit guards) used two of the four.
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests, HttpStatusCode.TooManyRequests], statuses);
        Assert.True(int.Parse(refused!.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture) > 0);
        Assert.Equal(HttpStatusCode.OK, (await host.Client.GetAsync("/support")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await host.NewClient().GetAsync("/account/sign-in")).StatusCode);
    }

    [Fact]
    public async Task Behind_a_known_proxy_each_client_address_has_its_own_allowance()
    {
        await using var host = await TestHost.StartAsync(new Dictionary<string, string>
        {
            ["Modules:Accounts:SignInsPerMinute"] = "2",
            ["ReverseProxy:KnownProxies:0"] = "127.0.0.1",
        });

        async Task<HttpStatusCode> AttemptFrom(string address)
        {
            var client = host.NewClient();
            client.DefaultRequestHeaders.Add("X-Forwarded-For", address);
            return (await TestHost.SignInAsync(client, "someone@example.com", "wrong password")).StatusCode;
        }

        Assert.Equal(HttpStatusCode.OK, await AttemptFrom("203.0.113.10"));
        Assert.Equal(HttpStatusCode.OK, await AttemptFrom("203.0.113.10"));
        Assert.Equal(HttpStatusCode.TooManyRequests, await AttemptFrom("203.0.113.10"));
        Assert.Equal(HttpStatusCode.OK, await AttemptFrom("203.0.113.20"));
    }
}
