using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Quartz;
using WrotaCelne.Host.Jobs;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Accounts.Contracts.Notifications;
using WrotaCelne.Modules.Declarations.Infrastructure.Jobs;
using Xunit;

namespace WrotaCelne.IntegrationTests.Signing;

/// <summary>The Quartz job that warns 30 and 7 days before a signing certificate expires, in the application and by e-mail.</summary>
public sealed class CredentialExpiryTests(SmtpHostFixture fixture) : IClassFixture<SmtpHostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Those_who_manage_credentials_are_warned_once_at_30_and_once_at_7_days_before_expiry_in_the_app_and_by_e_mail()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync("Agencja Wygasająca");
        var manager = await Member.AddAsync(Host, administrator, "Administrator", displayName: "Marek Menedżer");
        var clerk = await Member.AddAsync(Host, administrator, "Operator", displayName: "Olga Operator");
        await SigningCredentialTests.AddAsync(administrator, "Za miesiąc", TestCertificates.Base64KeyFile("Za miesiąc", TimeSpan.FromDays(21), out _), []);
        await SigningCredentialTests.AddAsync(administrator, "Za tydzień", TestCertificates.Base64KeyFile("Za tydzień", TimeSpan.FromDays(6), out _), []);
        await SigningCredentialTests.AddAsync(administrator, "Na długo", TestCertificates.Base64KeyFile("Na długo", TimeSpan.FromDays(200), out _), []);

        await RunJobAsync();
        var warnings = await WarningsAsync(manager.Client);
        Assert.Equal(2, warnings.Count);
        Assert.Contains(warnings, n => n.Subject == "Certyfikat „Za miesiąc” wygasa za 19 dni" && n.Link == "/declarations/signing");
        Assert.Contains(warnings, n => n.Subject == "Certyfikat „Za tydzień” wygasa za 4 dni");
        Assert.Empty(await WarningsAsync(clerk.Client));
        var mail = await fixture.ReceivedByAsync(manager.Email, "Certyfikat „Za tydzień” wygasa za 4 dni");
        Assert.Contains("Certificate \"Za tydzień\" expires in 4 days", mail.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(fixture.Received, m => m.To.Mailboxes.Any(a => a.Address == clerk.Email) && (m.Subject ?? "").Contains("Certyfikat", StringComparison.Ordinal));

        await RunJobAsync(); // nothing new is due: nobody is warned twice
        Assert.Equal(2, (await WarningsAsync(manager.Client)).Count);
    }

    private static async Task<List<NotificationDto>> WarningsAsync(HttpClient client) =>
        (await client.GetFromJsonAsync<List<NotificationDto>>("/api/v1/notifications"))!.Where(n => n.Topic == "signing.credential-expiring").ToList();

    private async Task RunJobAsync()
    {
        var recorder = Host.Services.GetRequiredService<JobRunRecorder>();
        var before = recorder.LastRun(CredentialExpiryJob.Key)?.StartedAtUtc;
        var scheduler = await Host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(CredentialExpiryJob.Key);
        var run = await TestHost.EventuallyAsync(() => Task.FromResult(recorder.LastRun(CredentialExpiryJob.Key) is { } r && r.StartedAtUtc != before ? r : null));
        Assert.Null(run.Error);
    }
}
