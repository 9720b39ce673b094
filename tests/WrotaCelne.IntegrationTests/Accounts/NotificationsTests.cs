using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Notifications;
using WrotaCelne.Modules.Declarations.Contracts;
using Xunit;

namespace WrotaCelne.IntegrationTests.Accounts;

/// <summary>
/// Another module notifies an organization's people through Accounts' facade, as its jobs do (no signed-in
/// user): only enabled users holding the permission get it, in the list, the header and by e-mail (a local
/// fake SMTP server stands in for the mail relay), and nobody of another organization ever sees it.
/// </summary>
public sealed class NotificationsTests(SmtpHostFixture fixture) : IClassFixture<SmtpHostFixture>
{
    private const string Topic = "signing.credential-expiring";

    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Only_enabled_users_holding_the_permission_are_notified_and_mailed_and_no_other_organization_sees_it()
    {
        var (administrator, organizationId) = await Host.NewOrganizationAdministratorAsync("Powiadomienia A");
        var administratorEmail = (await Api.JsonAsync(await administrator.GetAsync("/api/v1/me"))).GetProperty("email").GetString()!;
        var signer = await Member.AddAsync(Host, administrator, "Operator");
        var auditor = await Member.AddAsync(Host, administrator, "Auditor");
        var disabled = await Member.AddAsync(Host, administrator, "Operator");
        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsync($"/api/v1/users/{disabled.Id}/disable", null)).StatusCode);
        var (other, _) = await Host.NewOrganizationAdministratorAsync("Powiadomienia B");
        var subject = Unique("Certyfikat wygasa");

        var notified = await NotifyAsync(new NotifyOrganization(
            organizationId, DeclarationsPermissions.Sign, Topic, new LocalizedText(subject, "Certificate expires"),
            new LocalizedText("Certyfikat „Klucz A” wygasa za 7 dni.", "Certificate \"Key A\" expires in 7 days."), "/declarations/settings/signing"));

        Assert.Equal(2, notified); // the administrator (holds everything) and the operator; not the auditor, not the disabled operator
        var mine = Assert.Single((await signer.Client.GetFromJsonAsync<List<NotificationDto>>("/api/v1/notifications"))!);
        Assert.Equal((subject, Topic, "/declarations/settings/signing", true), (mine.Subject, mine.Topic, mine.Link, mine.Unread));
        Assert.Contains("wygasa za 7 dni", mine.Body, StringComparison.Ordinal);
        Assert.Single((await administrator.GetFromJsonAsync<List<NotificationDto>>("/api/v1/notifications"))!);
        Assert.Empty((await auditor.Client.GetFromJsonAsync<List<NotificationDto>>("/api/v1/notifications"))!);
        Assert.Empty((await other.GetFromJsonAsync<List<NotificationDto>>("/api/v1/notifications"))!);
        Assert.Equal(0, await other.GetFromJsonAsync<int>("/api/v1/notifications/unread-count"));
        var otherPage = await other.GetStringAsync("/account/notifications");
        Assert.Contains("id=\"no-notifications\"", otherPage, StringComparison.Ordinal);
        Assert.DoesNotContain(subject, otherPage, StringComparison.Ordinal);

        var mail = await fixture.ReceivedByAsync(signer.Email, subject);
        Assert.Equal($"{subject} / Certificate expires", mail.Subject);
        var body = mail.TextBody ?? "";
        Assert.True(body.IndexOf("wygasa za 7 dni", StringComparison.Ordinal) < body.IndexOf("expires in 7 days", StringComparison.Ordinal), body);
        Assert.Contains("https://clo.example.com/declarations/settings/signing", body, StringComparison.Ordinal);
        await fixture.ReceivedByAsync(administratorEmail, subject);
        Assert.DoesNotContain(fixture.Received, m => (m.Subject ?? "").Contains(subject, StringComparison.Ordinal) && m.To.Mailboxes.Any(a => a.Address == auditor.Email || a.Address == disabled.Email));
    }

    [Fact]
    public async Task User_ids_narrow_the_recipients_to_those_holding_the_permission_in_that_organization()
    {
        var (administrator, organizationId) = await Host.NewOrganizationAdministratorAsync("Wybrani A");
        var signer = await Member.AddAsync(Host, administrator, "Operator");
        var colleague = await Member.AddAsync(Host, administrator, "Operator");
        var auditor = await Member.AddAsync(Host, administrator, "Auditor");
        var (otherAdministrator, _) = await Host.NewOrganizationAdministratorAsync("Wybrani B");
        var stranger = await Member.AddAsync(Host, otherAdministrator, "Operator");

        var notified = await NotifyAsync(new NotifyOrganization(
            organizationId, DeclarationsPermissions.Sign, Topic, new LocalizedText("Tylko dla Ciebie", "Just for you"), new LocalizedText("Treść", "Body"), null,
            UserIds: [signer.Id, auditor.Id, stranger.Id], Mail: false));

        Assert.Equal(1, notified);
        Assert.Equal(1, await signer.Client.GetFromJsonAsync<int>("/api/v1/notifications/unread-count"));
        Assert.Equal(0, await colleague.Client.GetFromJsonAsync<int>("/api/v1/notifications/unread-count"));
        Assert.Equal(0, await auditor.Client.GetFromJsonAsync<int>("/api/v1/notifications/unread-count"));
        Assert.Equal(0, await stranger.Client.GetFromJsonAsync<int>("/api/v1/notifications/unread-count"));
        Assert.Empty((await administrator.GetFromJsonAsync<List<NotificationDto>>("/api/v1/notifications"))!);
    }

    [Fact]
    public async Task The_header_counts_unread_ones_and_opening_the_page_marks_them_read()
    {
        var (administrator, organizationId) = await Host.NewOrganizationAdministratorAsync("Nagłówek");
        Assert.Contains("id=\"notifications\">Powiadomienia</a>", await administrator.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"notifications\"", await Host.Client.GetStringAsync("/"), StringComparison.Ordinal); // a platform operator has no such list

        var first = Unique("Pierwsze");
        var second = Unique("Drugie");
        await NotifyAsync(new NotifyOrganization(organizationId, DeclarationsPermissions.Sign, Topic, new LocalizedText(first, "First"), new LocalizedText("a", "a"), "/declarations", Mail: false));
        await NotifyAsync(new NotifyOrganization(organizationId, DeclarationsPermissions.Sign, Topic, new LocalizedText(second, "Second"), new LocalizedText("b", "b"), null, Mail: false));

        Assert.Contains("id=\"notifications\">Powiadomienia (2)</a>", await administrator.GetStringAsync("/"), StringComparison.Ordinal);
        Assert.Contains("id=\"notifications\">Notifications (2)</a>", await administrator.GetStringAsync("/?culture=en"), StringComparison.Ordinal);
        Assert.Equal(2, await administrator.GetFromJsonAsync<int>("/api/v1/notifications/unread-count"));
        var english = (await administrator.GetFromJsonAsync<List<NotificationDto>>("/api/v1/notifications?culture=en"))!;
        Assert.Equal(new[] { "Second", "First" }, english.Select(n => n.Subject).ToArray()); // newest first, in the reader's language

        var page = await administrator.GetStringAsync("/account/notifications");
        Assert.Contains("<h1>Powiadomienia</h1>", page, StringComparison.Ordinal);
        Assert.True(page.IndexOf(second, StringComparison.Ordinal) < page.IndexOf(first, StringComparison.Ordinal));
        Assert.Contains($"<a href=\"/declarations\">{first}</a>", page, StringComparison.Ordinal);
        Assert.Equal(2, CountOf(page, "class=\"unread\"")); // new until this view

        Assert.Equal(0, await administrator.GetFromJsonAsync<int>("/api/v1/notifications/unread-count"));
        Assert.All((await administrator.GetFromJsonAsync<List<NotificationDto>>("/api/v1/notifications"))!, n => Assert.False(n.Unread));
        Assert.Equal(0, CountOf(await administrator.GetStringAsync("/account/notifications"), "class=\"unread\""));
        Assert.Contains("id=\"notifications\">Powiadomienia</a>", await administrator.GetStringAsync("/"), StringComparison.Ordinal);

        await NotifyAsync(new NotifyOrganization(organizationId, DeclarationsPermissions.Sign, Topic, new LocalizedText("Trzecie", "Third"), new LocalizedText("c", "c"), null, Mail: false));
        var marked = await administrator.PostAsync("/api/v1/notifications/read", null);
        Assert.Equal(1, await marked.Content.ReadFromJsonAsync<int>());
        Assert.Equal(0, await administrator.GetFromJsonAsync<int>("/api/v1/notifications/unread-count"));
    }

    [Fact]
    public async Task Mail_false_stores_the_notification_but_sends_nothing()
    {
        var (administrator, organizationId) = await Host.NewOrganizationAdministratorAsync("Bez poczty");
        var email = (await Api.JsonAsync(await administrator.GetAsync("/api/v1/me"))).GetProperty("email").GetString()!;
        var quiet = Unique("Cicho");
        var loud = Unique("Głośno");

        Assert.Equal(1, await NotifyAsync(new NotifyOrganization(organizationId, DeclarationsPermissions.Sign, Topic, new LocalizedText(quiet, "Quiet"), new LocalizedText("x", "x"), null, Mail: false)));
        Assert.Equal(1, await NotifyAsync(new NotifyOrganization(organizationId, DeclarationsPermissions.Sign, Topic, new LocalizedText(loud, "Loud"), new LocalizedText("y", "y"), "/x")));

        await fixture.ReceivedByAsync(email, loud); // mail goes out in order: once the second is there, the first would have been too
        Assert.DoesNotContain(fixture.Received, m => (m.Subject ?? "").Contains(quiet, StringComparison.Ordinal));
        Assert.Equal(2, await administrator.GetFromJsonAsync<int>("/api/v1/notifications/unread-count"));
    }

    [Fact]
    public async Task A_link_that_is_not_a_path_on_this_site_is_refused_and_nothing_is_stored()
    {
        var (administrator, organizationId) = await Host.NewOrganizationAdministratorAsync("Odnośniki");
        foreach (var link in new[] { "https://evil.example/phish", "//evil.example/phish", "/\\evil.example/phish", "javascript:alert(1)", "declarations/1", "" })
        {
            var refused = await Assert.ThrowsAsync<InvalidInputException>(() => NotifyAsync(
                new NotifyOrganization(organizationId, DeclarationsPermissions.Sign, Topic, new LocalizedText("Temat", "Subject"), new LocalizedText("x", "x"), link)));
            Assert.Equal("link", Assert.Single(refused.FieldErrors).Field);
        }

        Assert.Equal(0, await administrator.GetFromJsonAsync<int>("/api/v1/notifications/unread-count"));
        Assert.Equal(1, await NotifyAsync(
            new NotifyOrganization(organizationId, DeclarationsPermissions.Sign, Topic, new LocalizedText("Temat", "Subject"), new LocalizedText("x", "x"), "/declarations?page=2", Mail: false)));
    }

    [Fact]
    public async Task A_permission_no_module_declares_is_refused_rather_than_reaching_nobody()
    {
        var (_, organizationId) = await Host.NewOrganizationAdministratorAsync("Literówka");
        var refused = await Assert.ThrowsAsync<InvalidInputException>(() => NotifyAsync(
            new NotifyOrganization(organizationId, "declarations.sing", Topic, new LocalizedText("Temat", "Subject"), new LocalizedText("x", "x"), null)));
        Assert.Equal("permission", Assert.Single(refused.FieldErrors).Field);
    }

    [Fact]
    public async Task A_user_keeps_the_newest_hundred()
    {
        var (administrator, organizationId) = await Host.NewOrganizationAdministratorAsync("Archiwum");
        for (var i = 1; i <= 102; i++)
        {
            await NotifyAsync(new NotifyOrganization(
                organizationId, DeclarationsPermissions.Sign, Topic, new LocalizedText($"Nr {i}", $"No {i}"), new LocalizedText("x", "x"), null, Mail: false));
        }

        Assert.Equal(100, await administrator.GetFromJsonAsync<int>("/api/v1/notifications/unread-count")); // the two oldest are gone, not just hidden
        var list = (await administrator.GetFromJsonAsync<List<NotificationDto>>("/api/v1/notifications?limit=500"))!;
        Assert.Equal(("Nr 102", "Nr 3"), (list[0].Subject, list[^1].Subject));
    }

    [Fact]
    public async Task Notifications_and_their_count_need_a_signed_in_caller()
    {
        var anonymous = Host.NewClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/v1/notifications")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("/api/v1/notifications/read", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/account/notifications")).StatusCode);
    }

    private async Task<int> NotifyAsync(NotifyOrganization command)
    {
        await using var scope = Host.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IAccountsModule>().ExecuteCommandAsync(command);
    }

    private static string Unique(string text) => $"{text} {Guid.NewGuid().ToString("N")[..8]}";

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "", StringComparison.Ordinal).Length) / part.Length;
}
