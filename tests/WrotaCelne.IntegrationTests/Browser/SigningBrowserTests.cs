using WrotaCelne.IntegrationTests.Declarations;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.IntegrationTests.Signing;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace WrotaCelne.IntegrationTests.Browser;

/// <summary>The signing issue's pages in a real browser (Polish UI): a key file added, tried and used to sign a declaration.</summary>
public sealed class SigningBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_administrator_adds_a_key_file_tries_it_signs_a_declaration_and_sees_the_signature()
    {
        var (administrator, _) = await fixture.Host.NewOrganizationAdministratorAsync("Agencja Celna Podpis");
        var manager = await Member.AddAsync(fixture.Host, administrator, "Administrator", displayName: "Marta Menedżer");
        var draft = await DraftEditingTests.CreateAsync(administrator, SampleDeclarations.Transit(), "PODPIS-1");
        var certificate = TestCertificates.Rsa("Marta Menedżer", TimeSpan.FromDays(20));
        var file = Path.Combine(TempDirectory.Create("keys"), "marta.p12");
        await File.WriteAllBytesAsync(file, TestCertificates.KeyFile(certificate));

        var page = await fixture.NewPageAsync();
        await fixture.SignInAsync(page, manager.Email, TestHost.ChosenPassword);
        await page.GotoAsync("/declarations");
        await page.ClickAsync("#signing-link");
        await Expect(page.Locator("#no-credentials")).ToBeVisibleAsync();

        // A wrong password is said next to the password field; nothing is added.
        await page.FillAsync("#add-key-file input[name=Name]", "Podpis Marty");
        await page.SetInputFilesAsync("#add-key-file input[name=Upload]", file);
        await page.FillAsync("#add-key-file input[name=Password]", "nie to hasło");
        await page.ClickAsync("#add-key-file button[type=submit]");
        await Expect(page.Locator("#add-key-file [data-for=password]")).ToHaveTextAsync("Hasło pliku klucza jest błędne.");
        await Expect(page.Locator("#no-credentials")).ToBeVisibleAsync();

        await page.FillAsync("#add-key-file input[name=Name]", "Podpis Marty");
        await page.SetInputFilesAsync("#add-key-file input[name=Upload]", file);
        await page.FillAsync("#add-key-file input[name=Password]", TestCertificates.Password);
        await page.ClickAsync("#add-key-file button[type=submit]");
        await Expect(page.Locator("#done")).ToHaveTextAsync("Dodano „Podpis Marty”.");
        var row = page.Locator("#credentials tr[data-credential='Podpis Marty']");
        await Expect(row).ToContainTextAsync("CN=Marta Menedżer");
        await Expect(row.Locator("td.expiry")).ToHaveAttributeAsync("data-status", "expiring");
        await Expect(row.Locator("td.expiry")).ToContainTextAsync("wygasa za");

        await row.Locator("form.test-sign button").ClickAsync();
        await Expect(page.Locator("#test-result")).ToContainTextAsync("Podpis testowy kluczem „Podpis Marty”");

        await page.GotoAsync($"/declarations/{draft.Id}");
        await page.SelectOptionAsync("#sign select[name=CredentialId]", new[] { new Microsoft.Playwright.SelectOptionValue { Label = $"Podpis Marty — {certificate.Subject} (Ważny do {BuildingBlocks.Infrastructure.Display.WarsawTime.Show(certificate.NotAfter.ToUniversalTime())})" } });
        await page.ClickAsync("#sign button[type=submit]");
        await Expect(page.Locator("#signed")).ToHaveTextAsync("Podpisano zgłoszenie certyfikatem „Podpis Marty”.");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Podpisane");
        await Expect(page.Locator("#signatures tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#signatures tbody tr.current")).ToContainTextAsync("Podpis Marty");
        await Expect(page.Locator("#edit")).ToHaveCountAsync(0);

        await page.ClickAsync("#return-to-draft button");
        await Expect(page.Locator("#status")).ToHaveTextAsync("Projekt");
        await Expect(page.Locator("#signatures tbody tr.current")).ToHaveCountAsync(0);
        await Expect(page.Locator("#history")).ToContainTextAsync("Przywrócono do wersji roboczej");
    }
}
