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

    [Fact]
    public async Task An_operator_loads_a_transit_declaration_sends_it_and_watches_it_reach_mrn_and_release_from_the_built_in_simulator()
    {
        var (administrator, _) = await fixture.Host.NewOrganizationAdministratorAsync("Agencja Celna Wysyłka");
        await SigningCredentialTests.AddAsync(administrator, "Podpis agencji", TestCertificates.Base64KeyFile("Agencja Wysyłka", TimeSpan.FromDays(365), out _), []);
        var operatorUser = await Member.AddAsync(fixture.Host, administrator, "Operator", displayName: "Wiktor Wysyłający");
        var declaration = SampleDeclarations.Transit();
        declaration.Lrn = "WYS-" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var file = Path.Combine(TempDirectory.Create("upload"), "CC015C_WYS.xml");
        await File.WriteAllBytesAsync(file, ImportFileTests.Serialize(fixture.Host, "CC015C", declaration));

        var page = await fixture.NewPageAsync();
        await fixture.SignInAsync(page, operatorUser.Email, TestHost.ChosenPassword);
        await page.GotoAsync("/declarations/import");
        await page.SetInputFilesAsync("#Upload", file);
        await page.ClickAsync("#import-file button[type=submit]");
        await page.ClickAsync("#imported-draft");
        var draftUrl = page.Url.Replace("/edit", "", StringComparison.Ordinal);
        await page.GotoAsync(draftUrl);
        await Expect(page.Locator("#lrn")).ToHaveTextAsync(declaration.Lrn);

        await page.ClickAsync("#submit button[type=submit]");
        await Expect(page.Locator("#signed")).ToHaveTextAsync("Zgłoszenie czeka w kolejce do wysłania; odpowiedzi pojawią się poniżej.");

        // The dispatcher sends it, the simulator answers UPO, CC028C and CC029C, the poller applies them: the page shows it after a reload.
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await page.Locator("#status").InnerTextAsync() != "Zwolnione" && DateTime.UtcNow < deadline)
        {
            await Task.Delay(1000);
            await page.GotoAsync(draftUrl);
        }

        await Expect(page.Locator("#status")).ToHaveTextAsync("Zwolnione");
        var mrn = (await page.Locator("#summary tr:has(th:text-is('MRN')) td").InnerTextAsync()).Trim();
        Assert.Matches("^[0-9]{2}PL[A-Z0-9]{12}[J-M][0-9]$", mrn);
        await Expect(page.Locator("#messages tbody tr")).ToHaveCountAsync(4);
        await Expect(page.Locator("#messages tr[data-type=CC028C]")).ToContainTextAsync("nadano MRN");
        await Expect(page.Locator("#messages tr[data-type=CC029C]")).ToContainTextAsync("zwolnienie towarów");
        await Expect(page.Locator("#notifications")).ToContainTextAsync("Powiadomienia");
    }
}
