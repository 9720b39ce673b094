using System.Net;
using System.Net.Http.Json;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Accounts.Contracts.Audit;
using Xunit;

namespace WrotaCelne.IntegrationTests.Accounts;

/// <summary>Wrong passwords sent at once for one account are each answered and each counted toward the lockout.</summary>
public sealed class ConcurrentAttemptTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Five_simultaneous_wrong_passwords_lock_the_account_and_none_fails_the_server()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var member = await Member.AddAsync(Host, administrator, "Operator");

        var answers = await Task.WhenAll(Enumerable.Range(0, 5).Select(i => TestHost.SignInAsync(Host.NewClient(), member.Email, $"wrong-{i}-password")));
        Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));

        Assert.Equal(HttpStatusCode.OK, (await TestHost.SignInAsync(Host.NewClient(), member.Email, TestHost.ChosenPassword)).StatusCode); // locked out: refused
        var log = (await administrator.GetFromJsonAsync<List<AuditEntryDto>>($"/api/v1/audit?text={Uri.EscapeDataString(member.Email)}"))!;
        Assert.Equal(4, log.Count(e => e.Action == "sign-in.failed" && e.Details == "Wrong password."));
        Assert.Contains(log, e => e.Action == "sign-in.locked-out");
    }
}
