using System.Net;
using System.Net.Http.Json;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Declarations.Contracts.AddressBook;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Contracts.Templates;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;
using Xunit;

namespace WrotaCelne.IntegrationTests.Declarations;

/// <summary>Templates, the contractors' address book and the goods catalogue: each fills a declaration in one step.</summary>
public sealed class TemplatesAndAddressBookTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task A_declaration_saved_as_a_template_starts_new_drafts_without_its_lrn()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var source = await DraftEditingTests.CreateAsync(administrator, EditorSamples.Transit(), "TPL-SRC");
        var saved = await administrator.PostAsJsonAsync($"/api/v1/declarations/{source.Id}/template", new { name = "Hamburg co tydzień" });
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        var template = (await saved.Content.ReadFromJsonAsync<TemplateDto>())!;
        Assert.Null(template.Document.Lrn);
        Assert.Equal(["Hamburg co tydzień"], (await administrator.GetFromJsonAsync<List<TemplateSummaryDto>>("/api/v1/declaration-templates"))!.Select(t => t.Name));

        var started = await administrator.PostAsJsonAsync($"/api/v1/declaration-templates/{template.Id}/declarations", new { lrn = "" });
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        var draft = (await started.Content.ReadFromJsonAsync<DraftDto>())!;
        var read = (await administrator.GetFromJsonAsync<DeclarationDto>($"/api/v1/declarations/{draft.Id}"))!;
        Assert.Equal(("transit", "Müller Logistik GmbH", 2), (read.Family, read.Document.Parties.Consignee!.Name, read.Document.Items.Count));
        Assert.NotEqual("TPL-SRC", read.Lrn);
        var history = (await administrator.GetFromJsonAsync<List<RevisionDto>>($"/api/v1/declarations/{draft.Id}/history"))!;
        Assert.Equal(("createdFromTemplate", "Hamburg co tydzień"), (history.Single().Kind, history.Single().Detail));

        var renamed = await administrator.PutAsJsonAsync($"/api/v1/declaration-templates/{template.Id}", new { name = "", document = template.Document }, DeclarationJson.Options);
        Assert.Equal("template.name", (await Api.JsonAsync(renamed)).GetProperty("codes").GetProperty("name")[0].GetString());
        Assert.Equal(HttpStatusCode.NoContent, (await administrator.DeleteAsync($"/api/v1/declaration-templates/{template.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync($"/api/v1/declarations/{draft.Id}")).StatusCode);
    }

    [Fact]
    public async Task Saving_a_declaration_teaches_the_address_book_and_the_catalogue_which_then_fill_another_draft_in_one_step()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var first = await DraftEditingTests.CreateAsync(administrator, new CustomsDeclaration { Family = DeclarationFamily.Transit }, "BOOK-1");
        Assert.Equal(HttpStatusCode.OK, (await DraftEditingTests.PutAsync(administrator, first.Id, 0, EditorSamples.Transit())).StatusCode);

        var contractors = (await administrator.GetFromJsonAsync<List<ContractorDto>>("/api/v1/contractors?q=Müller"))!;
        var consignee = Assert.Single(contractors);
        Assert.Equal(("DE123456789012345", "Hamburg", true), (consignee.Eori, consignee.Address.City, consignee.Learnt));
        var laptops = Assert.Single((await administrator.GetFromJsonAsync<List<CatalogueGoodsDto>>("/api/v1/goods-catalogue?q=8471"))!);
        Assert.Equal(("Laptopy", 100.5m, "CT"), (laptops.Description, laptops.GrossMass, laptops.PackageKind));
        var chargers = Assert.Single((await administrator.GetFromJsonAsync<List<CatalogueGoodsDto>>("/api/v1/goods-catalogue?q=Zasilacze"))!);

        var second = await DraftEditingTests.CreateAsync(administrator, new CustomsDeclaration { Family = DeclarationFamily.Transit }, "BOOK-2");
        var filled = await administrator.PostAsJsonAsync($"/api/v1/declarations/{second.Id}/party", new { revision = 0, role = "consignee", contractorId = consignee.Id });
        Assert.Equal(HttpStatusCode.OK, filled.StatusCode);
        var withGoods = await administrator.PostAsJsonAsync($"/api/v1/declarations/{second.Id}/goods", new { revision = 1, catalogueIds = new[] { laptops.Id, chargers.Id } });
        Assert.Equal(HttpStatusCode.OK, withGoods.StatusCode);
        var read = (await withGoods.Content.ReadFromJsonAsync<DeclarationDto>())!;
        Assert.Equal(("Müller Logistik GmbH", "Hafenstraße 5"), (read.Document.Parties.Consignee!.Name, read.Document.Parties.Consignee.Address!.StreetAndNumber));
        Assert.Equal([(1, "Laptopy", "847130"), (2, "Zasilacze", "850440")], read.Document.Items.Select(i => (i.Number, i.Description, i.CommodityCode)));
        Assert.Equal(2, read.Revision);

        var wrongRole = await administrator.PostAsJsonAsync($"/api/v1/declarations/{second.Id}/party", new { revision = 2, role = "smuggler", contractorId = consignee.Id });
        Assert.Equal("party.role", (await Api.JsonAsync(wrongRole)).GetProperty("codes").GetProperty("role")[0].GetString());
    }

    [Fact]
    public async Task The_address_book_keeps_one_entry_per_eori_and_another_organization_never_sees_it()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var added = await administrator.PostAsJsonAsync("/api/v1/contractors", new { eori = "PL5261040828000", name = "Brama Sp. z o.o.", address = new { city = "Warszawa", country = "PL" } });
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var again = await administrator.PostAsJsonAsync("/api/v1/contractors", new { eori = "pl5261040828000", name = "Brama (duplikat)" });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var nameless = await administrator.PostAsJsonAsync("/api/v1/contractors", new { eori = "PL1" });
        Assert.Equal("contractor.name", (await Api.JsonAsync(nameless)).GetProperty("codes").GetProperty("name")[0].GetString());
        var negative = await administrator.PostAsJsonAsync("/api/v1/goods-catalogue", new { description = "Coś", grossMass = -1 });
        Assert.Equal(HttpStatusCode.BadRequest, negative.StatusCode);

        var (other, _) = await Host.NewOrganizationAdministratorAsync();
        Assert.Empty((await other.GetFromJsonAsync<List<ContractorDto>>("/api/v1/contractors"))!);
        Assert.Equal(HttpStatusCode.Created, (await other.PostAsJsonAsync("/api/v1/contractors", new { eori = "PL5261040828000", name = "Brama u innych" })).StatusCode);
        await DraftEditingTests.CreateAsync(other, EditorSamples.Transit("Prosto Z ERP GmbH"), "ERP-DOC-1"); // a draft created whole from an ERP teaches too
        Assert.Single((await other.GetFromJsonAsync<List<ContractorDto>>("/api/v1/contractors?q=Prosto"))!);
        Assert.Single((await other.GetFromJsonAsync<List<CatalogueGoodsDto>>("/api/v1/goods-catalogue?q=Laptopy"))!);
    }
}
