using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using Xunit;

namespace WrotaCelne.IntegrationTests.Declarations;

/// <summary>Drafts without an LRN are numbered by the organization's mask, uniquely, per organization.</summary>
public sealed class LrnNumberingTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private static readonly string Year = TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw")).Year.ToString(CultureInfo.InvariantCulture);

    private TestHost Host => fixture.Host;

    [Fact]
    public async Task Without_a_mask_drafts_count_per_year_and_skip_numbers_typed_by_hand()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        Assert.Equal($"{Year}/000001", (await CreateAsync(administrator, null)).Lrn);
        Assert.Equal(HttpStatusCode.Created, (await administrator.PostAsJsonAsync("/api/v1/declarations", new { family = "export", lrn = $"{Year}/000002" })).StatusCode);
        Assert.Equal($"{Year}/000003", (await CreateAsync(administrator, null)).Lrn);

        var (other, _) = await Host.NewOrganizationAdministratorAsync();
        Assert.Equal($"{Year}/000001", (await CreateAsync(other, null)).Lrn); // each organization counts on its own
    }

    [Fact]
    public async Task A_mask_with_branch_and_family_numbers_each_branch_and_family_apart_even_when_drafts_start_at_once()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var branch = (await (await administrator.PostAsJsonAsync("/api/v1/organization/branches", new { code = "KRK", name = "Kraków", address = Api.Address })).Content.ReadFromJsonAsync<BranchDto>())!;
        var set = await administrator.PutAsJsonAsync("/api/v1/declarations/lrn-mask", new { mask = "{FAMILY}{YY}/{BRANCH}/{SEQ:5}" });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal($"T{Year[2..]}/KRK/00001", (await set.Content.ReadFromJsonAsync<LrnMaskDto>())!.Example);

        var noBranch = await administrator.PostAsJsonAsync("/api/v1/declarations", new { family = "transit" });
        Assert.Equal("lrn.branchRequired", (await Api.JsonAsync(noBranch)).GetProperty("codes").GetProperty("branchId")[0].GetString());

        var drafts = await Task.WhenAll(Enumerable.Range(0, 12).Select(_ => CreateAsync(administrator, branch.Id)));
        Assert.Equal(Enumerable.Range(1, 12).Select(i => $"T{Year[2..]}/KRK/{i:00000}"), drafts.Select(d => d.Lrn).Order());
        Assert.Equal($"E{Year[2..]}/KRK/00001", (await CreateAsync(administrator, branch.Id, "export")).Lrn);
    }

    [Theory]
    [InlineData("{YYYY}", "lrnMask.invalid")]
    [InlineData("{SEQ:3}{SEQ:3}", "lrnMask.invalid")]
    [InlineData("{YYYY}/{SEQ:6", "lrnMask.invalid")]
    [InlineData("{YYYY} {SEQ:6}", "lrnMask.characters")]
    [InlineData("/{SEQ:6}", "lrnMask.characters")]
    [InlineData("{YYYY}/{BRANCH}/{SEQ:12}", "lrnMask.tooLong")]
    public async Task A_mask_that_cannot_give_valid_lrns_is_refused(string mask, string code)
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var response = await administrator.PutAsJsonAsync("/api/v1/declarations/lrn-mask", new { mask });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await Api.JsonAsync(response)).GetProperty("codes").GetProperty("mask")[0].GetString());
        Assert.Equal("{YYYY}/{SEQ:6}", (await administrator.GetFromJsonAsync<LrnMaskDto>("/api/v1/declarations/lrn-mask"))!.Mask);
    }

    [Fact]
    public async Task Only_those_with_the_settings_permission_change_the_mask()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var clerk = await Member.AddAsync(Host, administrator, "Operator");
        Assert.Equal(HttpStatusCode.Forbidden, (await clerk.Client.PutAsJsonAsync("/api/v1/declarations/lrn-mask", new { mask = "X{SEQ:4}" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await clerk.Client.GetAsync("/api/v1/declarations/lrn-mask")).StatusCode);
        Assert.Equal($"{Year}/000001", (await CreateAsync(clerk.Client, null)).Lrn);
    }

    [Fact]
    public async Task A_draft_is_deleted_within_reach_only_and_its_number_is_not_given_again()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var first = await CreateAsync(administrator, null);
        var auditor = await Member.AddAsync(Host, administrator, "Auditor");
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.Client.DeleteAsync($"/api/v1/declarations/{first.Id}")).StatusCode);
        var (other, _) = await Host.NewOrganizationAdministratorAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await other.DeleteAsync($"/api/v1/declarations/{first.Id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await administrator.DeleteAsync($"/api/v1/declarations/{first.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await administrator.GetAsync($"/api/v1/declarations/{first.Id}")).StatusCode);
        Assert.Equal($"{Year}/000002", (await CreateAsync(administrator, null)).Lrn);
    }

    [Fact]
    public async Task The_declarations_page_sets_the_mask_and_shows_errors_next_to_it()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var token = await TestHost.AntiforgeryTokenAsync(administrator, "/declarations");
        var refused = await administrator.PostAsync("/declarations?handler=Mask&culture=en", new FormUrlEncodedContent(new Dictionary<string, string> { ["Mask"] = "{YYYY}", ["__RequestVerificationToken"] = token }));
        var html = System.Net.WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Matches("data-valmsg-for=\"Mask\"[^>]*>Use characters and the tokens \\{YYYY\\}", html);

        var saved = await administrator.PostAsync("/declarations?handler=Mask", new FormUrlEncodedContent(new Dictionary<string, string> { ["Mask"] = "AG/{YYYY}/{SEQ:4}", ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains($"<code id=\"lrn-example\">AG/{Year}/0001</code>", await administrator.GetStringAsync("/declarations"), StringComparison.Ordinal);
    }

    private static async Task<DraftDto> CreateAsync(HttpClient client, Guid? branchId, string family = "transit")
    {
        var response = await client.PostAsJsonAsync("/api/v1/declarations", new { family, branchId });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<DraftDto>())!;
    }
}
