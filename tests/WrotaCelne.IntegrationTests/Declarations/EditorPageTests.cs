using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Plugins.Abstractions.Declarations;
using Xunit;

namespace WrotaCelne.IntegrationTests.Declarations;

/// <summary>The editor page is a form over the whole document: what it does not show must come back unchanged.</summary>
public sealed partial class EditorPageTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private TestHost Host => fixture.Host;

    [Theory]
    [InlineData("")]
    [InlineData("?culture=en")]
    public async Task Saving_the_editor_form_as_it_came_loses_and_changes_nothing_the_form_does_not_show(string culture)
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var document = Everything();
        var created = await DraftEditingTests.CreateAsync(administrator, document, "FORM-1");
        var before = await administrator.GetStringAsync($"/api/v1/declarations/{created.Id}");

        var fields = await EditorFieldsAsync(administrator, $"/declarations/{created.Id}/edit{culture}");
        Assert.Contains(fields, f => f.Name == "Document.Items[0].AdditionalInformation[0].Text"); // hidden, not shown
        var saved = await administrator.PostAsync($"/declarations/{created.Id}/edit{culture}{(culture.Length == 0 ? "?" : "&")}handler=Save", new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var after = (await administrator.GetFromJsonAsync<DeclarationDto>($"/api/v1/declarations/{created.Id}"))!;
        Assert.Equal(0, after.Revision); // nothing changed, so no new revision
        Assert.Equal(before, await administrator.GetStringAsync($"/api/v1/declarations/{created.Id}"));
    }

    [Fact]
    public async Task A_value_that_is_not_a_number_is_shown_at_its_field_and_nothing_is_saved()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var created = await DraftEditingTests.CreateAsync(administrator, EditorSamples.Transit(), "FORM-2");
        var fields = (await EditorFieldsAsync(administrator, $"/declarations/{created.Id}/edit"))
            .Select(f => f.Name == "Document.Items[0].GrossMass" ? (Name: f.Name, Value: "sto kilo") : f).ToList();
        var response = await administrator.PostAsync($"/declarations/{created.Id}/edit?handler=Save", new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-for=\"Document.Items[0].GrossMass\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, (await administrator.GetFromJsonAsync<DeclarationDto>($"/api/v1/declarations/{created.Id}"))!.Revision);
    }

    [Fact]
    public async Task Rows_are_added_copied_and_removed_and_each_change_is_saved()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var created = await DraftEditingTests.CreateAsync(administrator, EditorSamples.Transit(), "FORM-3");
        await PostAsync(administrator, created.Id, "handler=Item&op=copy&row=0");
        await PostAsync(administrator, created.Id, "handler=Item&op=remove&row=1");
        await PostAsync(administrator, created.Id, "handler=Item&op=add");
        await PostAsync(administrator, created.Id, "handler=Document&kind=transport&op=add");
        var read = (await administrator.GetFromJsonAsync<DeclarationDto>($"/api/v1/declarations/{created.Id}"))!;
        Assert.Equal([(1, "Laptopy"), (2, "Laptopy"), (3, null)], read.Document.Items.Select(i => (i.Number, i.Description)));
        Assert.Single(read.Document.Consignment.TransportDocuments);
        Assert.Equal(4, read.Revision);
    }

    private static async Task PostAsync(HttpClient client, Guid id, string query)
    {
        var fields = await EditorFieldsAsync(client, $"/declarations/{id}/edit");
        var response = await client.PostAsync($"/declarations/{id}/edit?{query}", new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value))));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The fields the browser would post from the editor form (text and hidden inputs with their values).</summary>
    private static async Task<List<(string Name, string Value)>> EditorFieldsAsync(HttpClient client, string path)
    {
        var html = await client.GetStringAsync(path);
        var form = Regex.Match(html, "<form[^>]*id=\"editor\"[^>]*>(.*?)</form>", RegexOptions.Singleline).Groups[1].Value;
        return Input().Matches(form)
            .Select(m => m.Value)
            .Where(tag => !tag.Contains("type=\"checkbox\"", StringComparison.Ordinal))
            .Select(tag => (Name: Attribute(tag, "name"), Value: Attribute(tag, "value")))
            .Where(f => f.Name.Length > 0)
            .ToList();
    }

    private static string Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"");
        return match.Success ? WebUtility.HtmlDecode(match.Groups[1].Value) : "";
    }

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Input();

    /// <summary>A transit declaration using groups the editor does not show, to see them survive the form.</summary>
    private static CustomsDeclaration Everything()
    {
        var d = EditorSamples.Transit();
        d.ReducedDatasetIndicator = false;
        d.LimitDate = new DateOnly(2026, 12, 1);
        d.Authorisations = [new Authorisation { Type = "C521", ReferenceNumber = "PLACR123" }];
        d.Offices.Transit = ["DE002102"];
        d.Parties.Representative = new Representative { Eori = "PL5261040828000", Status = "2", Contact = new Contact { Name = "Jan Celnik", Phone = "+48 22 000 00 00", Email = "jan@agencja.test" } };
        d.Consignment.ContainerIndicator = true;
        d.Consignment.ReferenceNumberUcr = "UCR-ŻÓŁW-1";
        d.Consignment.ActiveBorderTransportMeans = [new TransportMeans { TypeOfIdentification = "40", IdentificationNumber = "IMO9074729", Nationality = "DE" }];
        d.Consignment.TransportEquipment = [new TransportEquipment { ContainerIdentificationNumber = "CSQU3054383", Seals = ["S1", "S2"] }];
        d.Consignment.LocationOfGoods = new LocationOfGoods { TypeOfLocation = "B", QualifierOfIdentification = "Y", AuthorisationNumber = "PLACR123" };
        d.Consignment.PlaceOfLoading = new Place { UnLocode = "PLWAW" };
        d.Consignment.CountriesOfRouting = ["PL", "DE"];
        d.Consignment.AdditionalInformation = [new AdditionalInformation { Code = "00200", Text = "Uwaga, \"szkło\" <kruche> & ciężkie" }];
        var item = d.Items[0];
        item.SupplementaryUnits = 12.25m;
        item.StatisticalValue = 10000.01m;
        item.Packages.Add(new Packaging { Kind = "PX", Count = 1, Marks = "Paleta 1" });
        item.PreviousDocuments = [new DocumentReference { Type = "N830", ReferenceNumber = "21PL301010E0000011", ComplementOfInformation = "poz. 1" }];
        item.SupportingDocuments = [new DocumentReference { Type = "N380", ReferenceNumber = "FV 1/11/2026" }];
        item.AdditionalInformation = [new AdditionalInformation { Code = "30600", Text = "Towar używany" }];
        item.AdditionalReferences = [new AdditionalReference { Type = "Y023", ReferenceNumber = "PL5261040828000" }];
        return d;
    }
}
