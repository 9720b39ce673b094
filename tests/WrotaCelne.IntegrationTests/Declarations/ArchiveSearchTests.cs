using System.Net;
using System.Net.Http.Json;
using System.Text;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Declarations.Contracts.Archive;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;
using Xunit;

namespace WrotaCelne.IntegrationTests.Declarations;

/// <summary>The archive: filters, full-text over parties and goods, sorting, paging, CSV; each organization sees its own.</summary>
public sealed class ArchiveSearchTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Filters_and_full_text_find_declarations_by_party_name_with_or_without_diacritics_eori_goods_family_and_office()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        await DraftEditingTests.CreateAsync(administrator, EditorSamples.Transit("Spedycja Żółw Sp. z o.o.", "Rowery górskie"), "ARC-1");
        await DraftEditingTests.CreateAsync(administrator, EditorSamples.Transit("Müller Logistik GmbH", "Laptopy"), "ARC-2");
        var export = EditorSamples.Transit("Zolwik Trading", "Opony");
        export.Family = DeclarationFamily.Export;
        export.Offices = new Offices { Export = "PL301020", Exit = "PL301040" };
        await DraftEditingTests.CreateAsync(administrator, export, "ARC-3");

        Assert.Equal(["ARC-3", "ARC-2", "ARC-1"], await LrnsAsync(administrator, ""));
        Assert.Equal(["ARC-3", "ARC-1"], await LrnsAsync(administrator, "party=" + Uri.EscapeDataString("żółw"))); // diacritics folded, beginnings of words
        Assert.Equal(["ARC-1"], await LrnsAsync(administrator, "party=spedycja%20zolw"));
        Assert.Equal(["ARC-2"], await LrnsAsync(administrator, "party=mull%20logist"));
        Assert.Equal(["ARC-3", "ARC-2", "ARC-1"], await LrnsAsync(administrator, "party=DE123456789012345"));
        Assert.Equal(["ARC-1"], await LrnsAsync(administrator, "q=rower"));
        Assert.Empty(await LrnsAsync(administrator, "party=rower")); // goods are not parties
        Assert.Equal(["ARC-3"], await LrnsAsync(administrator, "family=export"));
        Assert.Equal(["ARC-2", "ARC-1"], await LrnsAsync(administrator, "office=pl301010"));
        Assert.Equal(["ARC-2"], await LrnsAsync(administrator, "lrn=ARC-2"));
        Assert.Equal(["ARC-1", "ARC-2", "ARC-3"], await LrnsAsync(administrator, "sort=oldest"));
        Assert.Equal(["ARC-3", "ARC-2", "ARC-1"], await LrnsAsync(administrator, "status=draft"));
        Assert.Empty(await LrnsAsync(administrator, "status=released"));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw")));
        Assert.Equal(3, (await LrnsAsync(administrator, $"from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}")).Count);
        Assert.Empty(await LrnsAsync(administrator, $"to={today.AddDays(-1):yyyy-MM-dd}"));
        Assert.Equal(["ARC-3", "ARC-1"], await LrnsAsync(administrator, $"party=zolw&from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}")); // full text within a date range
        Assert.Equal(["ARC-1"], await LrnsAsync(administrator, $"party=zolw&q=rower&from={today:yyyy-MM-dd}"));
        Assert.Empty(await LrnsAsync(administrator, $"party=zolw&to={today.AddDays(-1):yyyy-MM-dd}"));
        Assert.Equal(["ARC-1", "ARC-3"], await LrnsAsync(administrator, "party=zolw&sort=oldest"));
        Assert.Equal(["ARC-1", "ARC-2"], await LrnsAsync(administrator, "party=DE123456789012345&family=transit&sort=lrn"));
        Assert.Equal(["ARC-1"], await LrnsAsync(administrator, "q=%22rower%29%20*%20%28")); // FTS syntax typed in is read as words

        var (other, _) = await Host.NewOrganizationAdministratorAsync();
        Assert.Empty(await LrnsAsync(other, "party=zolw"));
        Assert.Empty(await LrnsAsync(other, ""));
    }

    [Fact]
    public async Task Pages_say_whether_more_follow_and_bad_filters_point_at_the_parameter()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        for (var i = 1; i <= 5; i++)
        {
            await DraftEditingTests.CreateAsync(administrator, new CustomsDeclaration(), $"PAGE-{i}");
        }

        var first = (await administrator.GetFromJsonAsync<DeclarationPage>("/api/v1/declarations?pageSize=2"))!;
        Assert.Equal(["PAGE-5", "PAGE-4"], first.Items.Select(d => d.Lrn));
        Assert.True(first.HasMore);
        var last = (await administrator.GetFromJsonAsync<DeclarationPage>("/api/v1/declarations?pageSize=2&page=3"))!;
        Assert.Equal(["PAGE-1"], last.Items.Select(d => d.Lrn));
        Assert.False(last.HasMore);

        foreach (var (query, field) in new[] { ("family=ships", "family"), ("status=lost", "status"), ("sort=random", "sort"), ("pageSize=1000", "pageSize"), ("page=0", "page") })
        {
            var response = await administrator.GetAsync("/api/v1/declarations?" + query);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.True((await Api.JsonAsync(response)).GetProperty("errors").TryGetProperty(field, out _), query);
        }
    }

    [Fact]
    public async Task The_archive_filters_by_the_user_who_started_a_declaration_and_by_branch()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var branch = (await (await administrator.PostAsJsonAsync("/api/v1/organization/branches", new { code = "GDY", name = "Gdynia", address = Api.Address })).Content.ReadFromJsonAsync<WrotaCelne.Modules.Accounts.Contracts.Organizations.BranchDto>())!;
        var clerk = await Member.AddAsync(Host, administrator, "Operator");
        await DraftEditingTests.CreateAsync(administrator, new CustomsDeclaration(), "WHO-ADMIN");
        Assert.Equal(HttpStatusCode.Created, (await clerk.Client.PostAsJsonAsync("/api/v1/declarations", new { family = "transit", lrn = "WHO-CLERK", branchId = branch.Id })).StatusCode);

        Assert.Equal(["WHO-CLERK"], await LrnsAsync(administrator, $"user={clerk.Id}"));
        Assert.Equal(["WHO-CLERK"], await LrnsAsync(administrator, $"branch={branch.Id}"));
        Assert.Equal(["WHO-CLERK", "WHO-ADMIN"], await LrnsAsync(administrator, ""));
        Assert.Contains("WHO-CLERK", await clerk.Client.GetStringAsync("/declarations?Filter.Mine=true"), StringComparison.Ordinal);
        Assert.DoesNotContain("WHO-ADMIN", await clerk.Client.GetStringAsync("/declarations?Filter.Mine=true"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_list_exports_to_csv_with_formulas_escaped()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        await DraftEditingTests.CreateAsync(administrator, EditorSamples.Transit("=HYPERLINK(\"http://zlo\")"), "CSV-1");
        await DraftEditingTests.CreateAsync(administrator, EditorSamples.Transit("Spokojna Firma"), "CSV-2");
        var response = await administrator.GetAsync("/api/v1/declarations/export.csv?party=hyperlink");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("lrn,mrn,family", lines[0], StringComparison.Ordinal);
        var row = Assert.Single(lines.Skip(1));
        Assert.StartsWith("CSV-1,,transit,T1,Draft,PL301010,", row, StringComparison.Ordinal);
        Assert.Contains("'=HYPERLINK", row, StringComparison.Ordinal);
    }

    private static async Task<List<string>> LrnsAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/declarations?" + query);
        Assert.True(response.StatusCode == HttpStatusCode.OK, query + ": " + await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<DeclarationPage>())!.Items.Select(d => d.Lrn).ToList();
    }
}
