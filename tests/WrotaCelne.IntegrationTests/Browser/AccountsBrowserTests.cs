using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WrotaCelne.IntegrationTests.Infrastructure;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace WrotaCelne.IntegrationTests.Browser;

/// <summary>The Accounts issue's story, tried as new people would in a real browser (Polish UI).</summary>
public sealed partial class AccountsBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Operator_creates_an_organization_whose_administrator_secures_the_account_and_adds_a_limited_user_who_is_then_disabled()
    {
        // The platform operator registers the company.
        var console = await fixture.NewPageAsync();
        await fixture.SignInAsync(console, TestHost.OperatorEmail, fixture.Host.OperatorPassword);
        await console.FillAsync("#Input_Code", TestHost.CurrentCode(fixture.Host.OperatorAuthenticatorKey));
        await console.ClickAsync("#two-factor button[type=submit]");
        await console.Locator("nav.shell-nav").GetByRole(AriaRole.Link, new() { Name = "Organizacje", Exact = true }).ClickAsync();
        var nip = Api.NewNip();
        await console.FillAsync("#Input_Name", "Agencja Celna Orzeł");
        await console.FillAsync("#Input_Nip", nip);
        await console.FillAsync("#Input_Address_Street", "ul. Celna 10");
        await console.FillAsync("#Input_Address_PostalCode", "31-001");
        await console.FillAsync("#Input_Address_City", "Kraków");
        await console.FillAsync("#Input_AdministratorName", "Aleksandra Orzeł");
        var administratorEmail = Api.NewEmail("orzel");
        await console.FillAsync("#Input_AdministratorEmail", administratorEmail);
        await console.ClickAsync("#register-organization button[type=submit]");
        var oneTimePassword = await console.Locator("#administrator-password").InnerTextAsync();
        await Expect(console.Locator($"#organizations tr[data-organization='{nip}']")).ToContainTextAsync("Aktywna");

        // Its administrator signs in, chooses a password and sets up two-step sign-in.
        var admin = await fixture.NewPageAsync();
        await fixture.SignInAsync(admin, administratorEmail, oneTimePassword);
        await fixture.ChooseOwnPasswordAsync(admin, oneTimePassword, TestHost.ChosenPassword);
        await Expect(admin.Locator("#me-two-factor")).ToContainTextAsync("wyłączona");
        await admin.ClickAsync("#me-two-factor a");
        var key = await admin.Locator("#shared-key").InnerTextAsync();
        await admin.FillAsync("#Input_Code", TestHost.CurrentCode(key));
        await admin.ClickAsync("#two-factor-setup button[type=submit]");
        await Expect(admin.Locator("#recovery-codes li")).ToHaveCountAsync(10);

        // ...composes a role that may only look at and prepare declarations, and adds a user with it.
        await admin.Locator("nav.shell-nav").GetByRole(AriaRole.Link, new() { Name = "Role", Exact = true }).ClickAsync();
        await admin.FillAsync("#Input_Name", "Przygotowujący");
        await admin.CheckAsync("#create-role input[value='declarations.view']");
        await admin.CheckAsync("#create-role input[value='declarations.create']");
        await admin.ClickAsync("#create-role button[type=submit]");
        await Expect(admin.Locator("#roles thead")).ToContainTextAsync("Przygotowujący");

        await admin.Locator("nav.shell-nav").GetByRole(AriaRole.Link, new() { Name = "Użytkownicy", Exact = true }).ClickAsync();
        await admin.FillAsync("#Input_DisplayName", "Piotr Przygotowujący");
        var userEmail = Api.NewEmail("piotr");
        await admin.FillAsync("#Input_Email", userEmail);
        await admin.SelectOptionAsync("#Input_Role", "Przygotowujący");
        await admin.ClickAsync("#add-user button[type=submit]");
        var userPassword = await admin.Locator("#added-password").InnerTextAsync();
        await Expect(admin.Locator($"#users tr[data-user='{userEmail}']")).ToContainTextAsync("Czeka na zmianę hasła");

        // The user signs in and sees only what the role allows.
        var user = await fixture.NewPageAsync();
        await fixture.SignInAsync(user, userEmail, userPassword);
        await fixture.ChooseOwnPasswordAsync(user, userPassword, TestHost.ChosenPassword);
        var nav = user.Locator("nav.shell-nav");
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Zgłoszenia", Exact = true })).ToBeVisibleAsync();
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Użytkownicy", Exact = true })).ToHaveCountAsync(0);
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Organizacja", Exact = true })).ToHaveCountAsync(0);
        await Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Dziennik zdarzeń", Exact = true })).ToHaveCountAsync(0);
        await user.GotoAsync("/accounts/users");
        await Expect(user.Locator("h1")).ToHaveTextAsync("Brak dostępu");
        await nav.GetByRole(AriaRole.Link, new() { Name = "Zgłoszenia", Exact = true }).ClickAsync();
        await user.FillAsync("#Input_Lrn", "KRK/2026/000001");
        await user.ClickAsync("#new-draft button[type=submit]");
        await Expect(user.Locator("#lrn")).ToHaveTextAsync("KRK/2026/000001"); // the new draft opens in the editor
        await user.GotoAsync("/declarations");
        await Expect(user.Locator("#drafts")).ToContainTextAsync("KRK/2026/000001");

        // The administrator disables the user; the user's open session stops at its next request.
        await admin.ClickAsync($"#users tr[data-user='{userEmail}'] a");
        await admin.ClickAsync("#disable-user button");
        await Expect(admin.Locator("#user-status")).ToContainTextAsync("Zablokowany");
        await user.ReloadAsync();
        await Expect(user).ToHaveURLAsync(SignInPage());
        await fixture.SignInAsync(user, userEmail, TestHost.ChosenPassword);
        await Expect(user.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nieprawidłowy e-mail lub hasło");

        // The administrator's next sign-in takes both steps.
        var again = await fixture.NewPageAsync();
        await fixture.SignInAsync(again, administratorEmail, TestHost.ChosenPassword);
        await Expect(again).ToHaveURLAsync(new Regex("/account/two-factor"));
    }

    [GeneratedRegex("/account/sign-in")]
    private static partial Regex SignInPage();
}
