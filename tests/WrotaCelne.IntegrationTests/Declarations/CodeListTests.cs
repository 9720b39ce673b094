using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Declarations.Contracts.ReferenceData;
using Xunit;

namespace WrotaCelne.IntegrationTests.Declarations;

/// <summary>Reference data: built-in lists, and the operator's import of official files (the ../shared/refdata copies).</summary>
public sealed class CodeListTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private TestHost Host => fixture.Host;

    [Theory]
    [InlineData("kinds-of-package", "kindsOfPackage.json", "1A", "Drum, steel")]
    [InlineData("transport-modes", "transportModes.json", "4", "Air transport")]
    [InlineData("document-types", "documentTypes.json", "18", "Movement certificate A.TR.1")]
    [InlineData("previous-document-types", "previousDocumentTypes.json", "T1", "Document T1")]
    public async Task An_official_file_imports_and_importing_it_again_changes_nothing(string list, string file, string code, string description)
    {
        var content = await File.ReadAllBytesAsync(SharedFiles.RefData(file));
        var first = await ImportAsync(list, content, file); // another test may have imported it already
        Assert.True(first.Added + first.Unchanged > 0);
        var entries = (await Host.Client.GetFromJsonAsync<List<CodeListEntryDto>>($"/api/v1/codelists/{list}?text={Uri.EscapeDataString(code)}&take=5000"))!;
        Assert.Equal(description, entries.Single(e => e.Code == code).Description);

        var again = await ImportAsync(list, content, file);
        Assert.Equal((first.Version, 0, 0, 0), (again.Version, again.Added, again.Changed, again.Removed));
        Assert.Equal(first.Added + first.Unchanged, again.Unchanged);
        Assert.Equal(first.Sha256, again.Sha256);
    }

    [Fact]
    public async Task Customs_offices_keep_their_country_and_roles_for_filtering()
    {
        var content = await File.ReadAllBytesAsync(SharedFiles.RefData("customsOfficesP5.json"));
        var import = await ImportAsync("customs-offices", content, "customsOfficesP5.json");
        Assert.True(import.Added > 3000);
        var departure = (await Host.Client.GetFromJsonAsync<List<CodeListEntryDto>>("/api/v1/codelists/customs-offices?attribute=roles&value=DEP&take=5000"))!;
        Assert.All(departure, o => Assert.Contains("DEP", o.Attributes["roles"].Split(','), StringComparer.Ordinal));
        var polish = (await Host.Client.GetFromJsonAsync<List<CodeListEntryDto>>("/api/v1/codelists/customs-offices?attribute=countryId&value=PL&take=5000"))!;
        Assert.NotEmpty(polish);
        Assert.All(polish, o => Assert.StartsWith("PL", o.Code, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_changed_file_reports_what_changed_and_the_previous_content_stays_valid_for_earlier_days()
    {
        var list = (JsonNode.Parse(await File.ReadAllBytesAsync(SharedFiles.RefData("previousDocumentTypes.json")))!.AsArray()).Select(n => n!.DeepClone()).ToList();
        var baseline = await ImportAsync("previous-document-types", Encoding.UTF8.GetBytes(new JsonArray([.. list]).ToJsonString()), "v1.json");

        var changed = list.Select(n => n!.DeepClone()).ToList();
        changed.First(n => (string?)n!["code"] == "T1")!["description"] = "Document T1 (renamed)";
        changed.RemoveAll(n => (string?)n!["code"] == "T2F");
        changed.Add(JsonNode.Parse("""{"state":"valid","activeFrom":"2015-10-01","code":"ZZZ","description":"Test document"}""")!);
        var report = await ImportAsync("previous-document-types", Encoding.UTF8.GetBytes(new JsonArray([.. changed]).ToJsonString()), "v2.json");
        Assert.Equal((1, 1, 1), (report.Added, report.Changed, report.Removed));
        Assert.True(report.Version > baseline.Version);

        var today = (await Host.Client.GetFromJsonAsync<List<CodeListEntryDto>>("/api/v1/codelists/previous-document-types"))!;
        Assert.Equal("Document T1 (renamed)", today.Single(e => e.Code == "T1").Description);
        Assert.DoesNotContain(today, e => e.Code == "T2F");
        Assert.Contains(today, e => e.Code == "ZZZ");
        var yesterday = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)).ToString("yyyy-MM-dd");
        var before = (await Host.Client.GetFromJsonAsync<List<CodeListEntryDto>>($"/api/v1/codelists/previous-document-types?on={yesterday}"))!;
        Assert.Equal("Document T1", before.Single(e => e.Code == "T1").Description);
        Assert.Contains(before, e => e.Code == "T2F");

        var history = (await Host.Client.GetFromJsonAsync<List<CodeListImportDto>>("/api/v1/admin/codelists/previous-document-types/imports"))!;
        Assert.Equal("v2.json", history[0].FileName);
        Assert.True(history.Count >= 2);
        Assert.Equal(TestHost.OperatorEmail, history[0].ImportedBy);
    }

    [Fact]
    public async Task Built_in_lists_answer_before_any_import()
    {
        var countries = (await Host.Client.GetFromJsonAsync<List<CodeListEntryDto>>("/api/v1/codelists/countries?take=5000"))!;
        Assert.Contains(countries, c => c.Code == "PL");
        Assert.Contains(countries, c => c.Code == "DE");
        var currencies = (await Host.Client.GetFromJsonAsync<List<CodeListEntryDto>>("/api/v1/codelists/currencies?take=5000"))!;
        Assert.Contains(currencies, c => c.Code == "PLN");
        Assert.Contains(currencies, c => c.Code == "EUR");
        var lists = (await Host.Client.GetFromJsonAsync<List<CodeListDto>>("/api/v1/codelists"))!;
        Assert.Equal("built-in", lists.Single(l => l.Name == "countries").Source);
    }

    [Fact]
    public async Task Bad_files_unknown_lists_and_non_operators_are_refused_and_nothing_changes()
    {
        await ImportAsync("kinds-of-package", await File.ReadAllBytesAsync(SharedFiles.RefData("kindsOfPackage.json")), "kindsOfPackage.json");
        var before = await Host.Client.GetStringAsync("/api/v1/codelists/kinds-of-package?take=5000");

        foreach (var (body, code) in new[]
        {
            ("{not json", "codelist.json"),
            ("{\"code\":\"1A\"}", "codelist.json"),
            ("[{\"description\":\"no code\"}]", "codelist.entry"),
            ("[{\"code\":\"1A\",\"activeFrom\":\"yesterday\"}]", "codelist.entry"),
            ("[{\"code\":\"1A\"},{\"code\":\"1A\"}]", "codelist.entry"),
            (new string('[', 100) + new string(']', 100), "codelist.json"),
        })
        {
            var response = await Host.Client.PostAsync("/api/v1/admin/codelists/kinds-of-package/import", new StringContent(body, Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal(code, (await Api.JsonAsync(response)).GetProperty("codes").GetProperty("file")[0].GetString());
        }

        var tooLarge = await Host.Client.PostAsync("/api/v1/admin/codelists/kinds-of-package/import", new ByteArrayContent(new byte[(20 * 1024 * 1024) + 1]));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Host.Client.PostAsync("/api/v1/admin/codelists/planets/import", new StringContent("[]", Encoding.UTF8, "application/json"))).StatusCode);
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await administrator.PostAsync("/api/v1/admin/codelists/kinds-of-package/import", new StringContent("[]", Encoding.UTF8, "application/json"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await administrator.GetAsync("/api/v1/codelists/kinds-of-package")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Host.NewClient().GetAsync("/api/v1/codelists")).StatusCode);
        Assert.Equal(before, await Host.Client.GetStringAsync("/api/v1/codelists/kinds-of-package?take=5000"));
    }

    [Fact]
    public async Task The_operator_imports_a_file_from_the_codelists_page()
    {
        var token = await TestHost.AntiforgeryTokenAsync(Host.Client, "/admin/codelists");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("transport-modes"), "List" },
            { new ByteArrayContent(await File.ReadAllBytesAsync(SharedFiles.RefData("transportModes.json"))), "Upload", "transportModes.json" },
        };
        var html = await (await Host.Client.PostAsync("/admin/codelists", form)).Content.ReadAsStringAsync();
        Assert.Contains("id=\"imported\"", html, StringComparison.Ordinal);
        Assert.Contains("<tr data-list=\"transport-modes\"><td>transport-modes</td><td>importowany</td>", html, StringComparison.Ordinal);

        using var broken = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("transport-modes"), "List" },
            { new ByteArrayContent("[{\"code\":\"1\"},{\"code\":\"1\"}]"u8.ToArray()), "Upload", "broken.json" },
        };
        var refused = System.Net.WebUtility.HtmlDecode(await (await Host.Client.PostAsync("/admin/codelists", broken)).Content.ReadAsStringAsync());
        Assert.Contains("code 1 appears twice", refused, StringComparison.Ordinal);
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        Assert.Equal("/account/access-denied", (await administrator.GetAsync("/admin/codelists")).Headers.Location?.AbsolutePath);
    }

    private async Task<CodeListImportDto> ImportAsync(string list, byte[] content, string fileName)
    {
        var response = await Host.Client.PostAsync($"/api/v1/admin/codelists/{list}/import?fileName={Uri.EscapeDataString(fileName)}", new ByteArrayContent(content));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CodeListImportDto>())!;
    }
}
