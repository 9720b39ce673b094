using System.Net;
using System.Net.Http.Json;
using WrotaCelne.Host.Jobs;
using WrotaCelne.IntegrationTests.Infrastructure;
using Xunit;

namespace WrotaCelne.IntegrationTests.Host;

/// <summary>Platform operators see every background job with its schedule and last run.</summary>
public sealed class JobsConsoleTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    [Fact]
    public async Task Operators_see_each_modules_job_run_and_others_do_not()
    {
        var jobs = await TestHost.EventuallyAsync(async () =>
        {
            var list = await fixture.Host.Client.GetFromJsonAsync<List<JobStatusDto>>("/api/v1/admin/jobs");
            return list!.Count >= 7 && list.All(j => j.LastStartedUtc is not null) ? list : null;
        });
        Assert.Equal(["Accounts", "Billing", "Declarations", "Support"], jobs.Select(j => j.Group).Distinct().Order());
        Assert.Equal(["gateway-dispatch", "gateway-poll", "messages", "signing-expiry"], jobs.Where(j => j.Group == "Declarations").Select(j => j.Name).Order());
        Assert.All(jobs, j =>
        {
            Assert.Contains(j.State, new[] { "Normal", "Executing" }); // a 100 ms job may be running right now
            Assert.NotNull(j.NextRunUtc);
            Assert.Null(j.LastError);
            Assert.True(j.LastDurationMs >= 0);
        });

        var page = await fixture.Host.Client.GetStringAsync("/admin/jobs");
        Assert.Contains("data-job=\"Accounts.", page, StringComparison.Ordinal);

        var (administrator, _) = await fixture.Host.NewOrganizationAdministratorAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await administrator.GetAsync("/api/v1/admin/jobs")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.Host.NewClient().GetAsync("/api/v1/admin/jobs")).StatusCode);
    }
}
