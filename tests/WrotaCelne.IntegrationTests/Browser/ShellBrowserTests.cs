using Microsoft.Playwright;
using WrotaCelne.IntegrationTests.Infrastructure;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace WrotaCelne.IntegrationTests.Browser;

/// <summary>The UI shell tried as a new user would, in a real browser.</summary>
public sealed class ShellBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_new_user_switches_to_english_registers_an_organization_and_starts_a_declaration()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "pl");
        await Expect(page.Locator("nav.shell-nav")).ToContainTextAsync("Pomoc");
        await Expect(page.Locator("nav.shell-nav")).Not.ToContainTextAsync("Zgłoszenia");
        await Expect(page.Locator("nav.shell-nav")).Not.ToContainTextAsync("Organizacje");

        await page.GetByRole(AriaRole.Link, new() { Name = "Zaloguj się" }).ClickAsync();
        await page.FillAsync("#Input_Email", TestHost.OperatorEmail);
        await page.FillAsync("#Input_Password", "not the password");
        await page.ClickAsync("#sign-in button[type=submit]");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Nieprawidłowy e-mail lub hasło");
        await fixture.SignInAsync(page, TestHost.OperatorEmail, fixture.Host.OperatorPassword);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Weryfikacja dwuetapowa");
        await page.FillAsync("#Input_Code", TestHost.CurrentCode(fixture.Host.OperatorAuthenticatorKey));
        await page.ClickAsync("#two-factor button[type=submit]");
        await Expect(page.Locator("header .who")).ToHaveTextAsync("Operator Testowy");

        // The language switch submits itself when a language is chosen.
        await page.SelectOptionAsync("select[name=culture]", "en");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await page.Locator("nav.shell-nav").GetByRole(AriaRole.Link, new() { Name = "Organizations", Exact = true }).ClickAsync();

        var nip = Api.NewNip();
        await page.FillAsync("#Input_Name", "Agencja Celna Przeglądarka");
        await page.FillAsync("#Input_Nip", "1234567890");
        await page.ClickAsync("#register-organization button[type=submit]");
        await Expect(page.Locator("[data-valmsg-for='Input.Nip']")).ToContainTextAsync("NIP must be 10 digits");
        await Expect(page.Locator("#Input_Name")).ToHaveValueAsync("Agencja Celna Przeglądarka");

        await page.FillAsync("#Input_Nip", nip);
        await page.FillAsync("#Input_Address_Street", "ul. Portowa 3");
        await page.FillAsync("#Input_Address_PostalCode", "81-001");
        await page.FillAsync("#Input_Address_City", "Gdynia");
        await page.FillAsync("#Input_AdministratorName", "Paulina Przeglądarka");
        var administratorEmail = Api.NewEmail("paulina");
        await page.FillAsync("#Input_AdministratorEmail", administratorEmail);
        await page.ClickAsync("#register-organization button[type=submit]");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The organization was registered.");
        await Expect(page.Locator("#administrator-password")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Za-z0-9]{20}$"));
        var administratorPassword = await page.Locator("#administrator-password").InnerTextAsync();
        var row = page.Locator("#organizations tr", new() { HasText = "Agencja Celna Przeglądarka" });
        await Expect(row).ToContainTextAsync($"PL{nip}00000");

        // The operator hands the credentials over; the organization's administrator signs in and starts a declaration.
        await page.ClickAsync("header form.account button[type=submit]");
        await fixture.SignInAsync(page, administratorEmail, administratorPassword);
        await fixture.ChooseOwnPasswordAsync(page, administratorPassword, TestHost.ChosenPassword);
        await Expect(page.Locator("header .who")).ToHaveTextAsync("Paulina Przeglądarka");
        await page.Locator("nav.shell-nav").GetByRole(AriaRole.Link, new() { Name = "Declarations" }).ClickAsync();
        await page.SelectOptionAsync("#Input_Family", "transit");
        await page.FillAsync("#Input_Lrn", "T/2026/000042");
        await page.ClickAsync("#new-draft button[type=submit]");
        await Expect(page.Locator("#lrn")).ToHaveTextAsync("T/2026/000042"); // the new draft opens in the editor
        await page.GotoAsync("/declarations");
        await Expect(page.Locator("#drafts")).ToContainTextAsync("T/2026/000042");
        await Expect(page.Locator("#drafts")).ToContainTextAsync("Transit (NCTS)");

        await page.ClickAsync("header form.account button[type=submit]");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await page.GotoAsync("/accounts/organizations");
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/account/sign-in"));
    }

    [Fact]
    public async Task The_admin_console_lists_the_plugins_with_their_status()
    {
        var page = await fixture.NewPageAsync();
        await fixture.SignInAsync(page, TestHost.OperatorEmail, fixture.Host.OperatorPassword);
        await page.FillAsync("#Input_Code", TestHost.CurrentCode(fixture.Host.OperatorAuthenticatorKey));
        await page.ClickAsync("#two-factor button[type=submit]");
        await page.Locator("nav.shell-nav").GetByRole(AriaRole.Link, new() { Name = "Wtyczki" }).ClickAsync();
        await Expect(page.Locator("#plugins tr.status-active")).ToHaveCountAsync(5);
        await Expect(page.Locator("#plugins")).ToContainTextAsync("wrotacelne.format.ncts-p5");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "wrotacelne-plugins.png"), FullPage = true });
    }
}
