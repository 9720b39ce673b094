using System.Net;
using System.Net.Http.Json;
using Microsoft.Playwright;
using WrotaCelne.IntegrationTests.Declarations;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.IntegrationTests.Signing;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace WrotaCelne.IntegrationTests.Browser;

/// <summary>The Declarations issue's story in a real browser (Polish UI): template, contractor, catalogue goods, validation, archive, and sending it to release.</summary>
public sealed class DeclarationsBrowserTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task An_operator_loads_a_cc015c_file_sees_what_did_not_map_and_opens_the_draft_it_made()
    {
        var (administrator, _) = await fixture.Host.NewOrganizationAdministratorAsync("Agencja Celna Plik");
        var operatorUser = await Member.AddAsync(fixture.Host, administrator, "Operator", displayName: "Piotr Plik");
        var declaration = SampleDeclarations.Transit();
        declaration.Lrn = "PLIK-2026-1";
        var file = Path.Combine(TempDirectory.Create("upload"), "CC015C_PLIK.xml");
        await File.WriteAllBytesAsync(file, ImportFileTests.Serialize(fixture.Host, "CC015C", declaration));
        var page = await fixture.NewPageAsync();
        await fixture.SignInAsync(page, operatorUser.Email, TestHost.ChosenPassword);
        await page.GotoAsync("/declarations");
        await page.ClickAsync("#import-link");

        await page.SetInputFilesAsync("#Upload", file);
        await page.ClickAsync("#import-file button[type=submit]");

        await Expect(page.Locator("#imported")).ToContainTextAsync("Utworzono szkic PLIK-2026-1 z komunikatu CC015C");
        await Expect(page.Locator("#all-mapped")).ToBeVisibleAsync();
        await page.ClickAsync("#imported-draft");
        await Expect(page.Locator("#lrn")).ToHaveTextAsync("PLIK-2026-1");
        await Expect(page.Locator("#Document_Parties_Consignee_Name")).ToHaveValueAsync(declaration.Parties.Consignee!.Name!);

        // A file that is not a declaration: the form says so next to the file field, in Polish.
        var answer = Path.Combine(TempDirectory.Create("upload"), "CC029C.xml");
        await File.WriteAllTextAsync(answer, """<ncts:CC029C xmlns:ncts="http://ncts.dgtaxud.ec"><messageSender>NTA.PL</messageSender></ncts:CC029C>""");
        await page.GotoAsync("/declarations/import");
        await page.SetInputFilesAsync("#Upload", answer);
        await page.ClickAsync("#import-file button[type=submit]");
        await Expect(page.Locator("#upload-errors")).ToContainTextAsync("Żadna zainstalowana wtyczka formatu nie wczytuje takich komunikatów.");
    }

    [Fact]
    public async Task An_operator_builds_a_transit_declaration_from_a_template_a_contractor_and_two_catalogue_goods_fixes_what_validation_finds_finds_it_by_consignee_and_sends_it_to_release()
    {
        var (administrator, _) = await fixture.Host.NewOrganizationAdministratorAsync("Agencja Celna Brama");
        await PrepareAsync(administrator);
        await SigningCredentialTests.AddAsync(administrator, "Podpis agencji", TestCertificates.Base64KeyFile("Agencja Celna Brama", TimeSpan.FromDays(365), out _), []);
        var offices = await fixture.Host.Client.PostAsync(
            "/api/v1/admin/codelists/customs-offices/import?fileName=customsOfficesP5.json", new ByteArrayContent(await File.ReadAllBytesAsync(SharedFiles.RefData("customsOfficesP5.json"))));
        Assert.Equal(HttpStatusCode.OK, offices.StatusCode);
        var operatorUser = await Member.AddAsync(fixture.Host, administrator, "Operator", displayName: "Olga Operator");

        var page = await fixture.NewPageAsync();
        await fixture.SignInAsync(page, operatorUser.Email, TestHost.ChosenPassword);
        await page.GotoAsync("/declarations");
        await page.ClickAsync("#templates-link");
        await page.Locator("#templates tr[data-template='Hamburg co tydzień'] button", new() { HasTextString = "Utwórz zgłoszenie" }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync("Zgłoszenie");
        var lrn = (await page.Locator("#lrn").InnerTextAsync()).Trim();
        Assert.NotEmpty(lrn);

        // The consignee from the address book, two goods from the catalogue.
        await page.SelectOptionAsync("#PartyRole", "consignee");
        await page.SelectOptionAsync("#ContractorId", new SelectOptionValue { Label = "Hanseatische Spedition GmbH (DE123456789012345)" });
        await page.ClickAsync("#fill-party-button");
        await Expect(page.Locator("#Document_Parties_Consignee_Name")).ToHaveValueAsync("Hanseatische Spedition GmbH");
        await page.CheckAsync("#catalogue label:has-text('Meble drewniane') input");
        await page.CheckAsync("#catalogue label:has-text('Części do pojazdów') input");
        await page.ClickAsync("#add-goods");
        await Expect(page.Locator("#items tr.item")).ToHaveCountAsync(2);
        Assert.Equal(
            ["870899", "940360"],
            new[] { await page.Locator("#Document_Items_0__CommodityCode").InputValueAsync(), await page.Locator("#Document_Items_1__CommodityCode").InputValueAsync() }.Order());

        // Validation points at the fields: the consignment's gross mass is missing, the destination is no office of destination.
        await Expect(page.Locator("#validation")).ToContainTextAsync("Błędy:");
        await Expect(page.Locator("[data-for='Document.Consignment.GrossMass']")).ToBeVisibleAsync();
        await Expect(page.Locator("#Document_Consignment_GrossMass")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("[data-for='Document.Offices.Destination']")).ToBeVisibleAsync();
        await Expect(page.Locator("#validation li[data-path='$.consignment.grossMass']")).ToContainTextAsync("Masa brutto");

        // The operator fixes them and saves.
        await page.FillAsync("#Document_Consignment_GrossMass", "750,5");
        await page.FillAsync("#Document_Offices_Destination", "DE002101");
        await page.ClickAsync("#save");
        await Expect(page.Locator("#validation")).ToBeVisibleAsync();
        Assert.True(await page.Locator("#valid").IsVisibleAsync(), await page.Locator("#validation").InnerTextAsync());
        await Expect(page.Locator("[data-for='Document.Consignment.GrossMass']")).ToHaveCountAsync(0);

        // The archive finds it by the consignee's name, and its history says who changed what.
        await page.GotoAsync("/declarations");
        await page.FillAsync("#Filter_Party", "hanseatische");
        await page.ClickAsync("#search");
        await Expect(page.Locator($"#drafts tr[data-lrn='{lrn}'] .counterpart")).ToHaveTextAsync("Hanseatische Spedition GmbH");
        await page.ClickAsync($"#drafts tr[data-lrn='{lrn}'] a:text('{lrn}')");
        await Expect(page.Locator("#history")).ToContainTextAsync(operatorUser.Email);
        await Expect(page.Locator("#history li[data-path='$.consignment.grossMass']")).ToContainTextAsync("750.5");

        // Sent from its page: signed with the organization's key file, answered by the built-in simulator up to the release.
        var declarationUrl = page.Url;
        await page.ClickAsync("#submit button[type=submit]");
        await Expect(page.Locator("#signed")).ToHaveTextAsync("Zgłoszenie czeka w kolejce do wysłania; odpowiedzi pojawią się poniżej.");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (await page.Locator("#status").InnerTextAsync() is not ("Zwolnione" or "Zamknięte") && DateTime.UtcNow < deadline)
        {
            await Task.Delay(1000);
            await page.GotoAsync(declarationUrl);
        }

        await Expect(page.Locator("#messages tr[data-type=CC029C]")).ToContainTextAsync("zwolnienie towarów");
        Assert.Matches("^[0-9]{2}PL[A-Z0-9]{12}J[0-9]$", (await page.Locator("#summary tr:has(th:text-is('MRN')) td").InnerTextAsync()).Trim());
    }

    /// <summary>What the organization's administrator set up before: a template, a contractor and catalogue goods.</summary>
    private static async Task PrepareAsync(HttpClient administrator)
    {
        var template = new CustomsDeclaration
        {
            Family = DeclarationFamily.Transit,
            DeclarationType = "T1",
            AdditionalDeclarationType = "A",
            Security = 0,
            Offices = new Offices { Departure = "PL301010", Destination = "PL021045" }, // an office, but not one of destination
            Parties = new Parties { Holder = new Party { Eori = SampleDeclarations.PolishEori, Name = "Agencja Celna Brama Sp. z o.o." } },
            Guarantees = [new GuaranteeReference { Type = "1", Grn = "24PL32101000AB124", Amount = 5000m, Currency = "PLN" }],
            Consignment = new Consignment { CountryOfDispatch = "PL", CountryOfDestination = "DE", InlandModeOfTransport = "3" },
        };
        Assert.Equal(HttpStatusCode.Created, (await administrator.PostAsJsonAsync("/api/v1/declaration-templates", new { name = "Hamburg co tydzień", document = template }, DeclarationJson.Options)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await administrator.PostAsJsonAsync("/api/v1/contractors", new Party
        {
            Eori = "DE123456789012345",
            Name = "Hanseatische Spedition GmbH",
            Address = new Address { StreetAndNumber = "Hafenstraße 5", Postcode = "20457", City = "Hamburg", Country = "DE" },
        }, DeclarationJson.Options)).StatusCode);
        foreach (var goods in new[]
        {
            new GoodsItem { Description = "Meble drewniane", CommodityCode = "940360", GrossMass = 500m, NetMass = 450m, CountryOfOrigin = "PL", Packages = [new Packaging { Kind = "CT" }] },
            new GoodsItem { Description = "Części do pojazdów", CommodityCode = "870899", GrossMass = 250.5m, NetMass = 230m, CountryOfOrigin = "PL", Packages = [new Packaging { Kind = "1A" }] },
        })
        {
            Assert.Equal(HttpStatusCode.Created, (await administrator.PostAsJsonAsync("/api/v1/goods-catalogue", goods, DeclarationJson.Options)).StatusCode);
        }
    }
}
