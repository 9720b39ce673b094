using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using WrotaCelne.BuildingBlocks.Infrastructure.Plugins;
using WrotaCelne.FormatTests.Xml;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Plugins.Abstractions;
using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Plugins.Abstractions.Formats;
using Xunit;

namespace WrotaCelne.IntegrationTests.Declarations;

/// <summary>
/// Declaration files become drafts through the format plugins the host loaded from their folders; hostile or foreign
/// files are refused with a problem and store nothing.
/// </summary>
public sealed class ImportFileTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private TestHost Host => fixture.Host;

    public static TheoryData<string, string> Families => new()
    {
        { "transit", "CC015C" },
        { "export", "CC515C" },
        { "import", "ZC415" },
    };

    [Theory]
    [MemberData(nameof(Families))]
    public async Task A_message_file_becomes_a_draft_holding_the_same_declaration_with_a_history_entry_naming_the_file(string family, string messageType)
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var declaration = Sample(family);
        declaration.Lrn = $"IMP-{family}-1";
        declaration.Mrn = "21DE27364916384836";

        var response = await UploadAsync(administrator, Serialize(messageType, declaration), $"{messageType}.xml");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var imported = (await response.Content.ReadFromJsonAsync<ImportedDraftDto>(DeclarationJson.Options))!;
        Assert.Equal((messageType, $"IMP-{family}-1", family, "Draft", null), (imported.MessageType, imported.Draft.Lrn, imported.Draft.Family, imported.Draft.Status, imported.ReplacedLrn));
        Assert.Empty(imported.Unmapped);
        var read = (await administrator.GetFromJsonAsync<DeclarationDto>($"/api/v1/declarations/{imported.Draft.Id}", DeclarationJson.Options))!;
        declaration.Mrn = null; // a draft made from a file is not sent, whatever the file says
        Assert.Equal(DeclarationJson.Serialize(AsTheFileCarriesIt(declaration)), DeclarationJson.Serialize(read.Document));
        var history = (await administrator.GetFromJsonAsync<List<RevisionDto>>($"/api/v1/declarations/{imported.Draft.Id}/history"))!;
        Assert.Equal(("imported", $"{messageType}.xml"), (history.Single().Kind, history.Single().Detail));
    }

    [Fact]
    public async Task A_file_whose_lrn_is_taken_gets_the_next_number_of_the_mask_and_says_so()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var declaration = SampleDeclarations.Transit();
        declaration.Lrn = "TWICE-1";
        var file = Serialize("CC015C", declaration);
        Assert.Equal(HttpStatusCode.Created, (await UploadAsync(administrator, file, "first.xml")).StatusCode);

        var second = (await (await UploadAsync(administrator, file, "second.xml")).Content.ReadFromJsonAsync<ImportedDraftDto>())!;

        Assert.Equal("TWICE-1", second.ReplacedLrn);
        Assert.NotEqual("TWICE-1", second.Draft.Lrn);
        Assert.Equal(2, await CountAsync(administrator));
    }

    [Fact]
    public async Task Hostile_and_foreign_files_are_refused_with_a_problem_naming_the_file_and_nothing_is_stored()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var answer = Encoding.UTF8.GetBytes("""<ncts:CC029C xmlns:ncts="http://ncts.dgtaxud.ec" PhaseID="NCTS5.0"><messageSender>NTA.PL</messageSender></ncts:CC029C>""");
        // 100 MB is refused by the server before the body is read (the plugins' own limit is tested in FormatTests).
        var cases = HostileXml.Kinds.Where(k => k != "100 MB").Select(k => (k, HostileXml.Make(k, "CC015C")))
            .Append(("an answer, not a declaration", answer))
            .Append(("not XML at all", Encoding.UTF8.GetBytes("%PDF-1.7 binary")));
        foreach (var (what, content) in cases)
        {
            var response = await UploadAsync(administrator, content, "hostile.xml");

            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            Assert.True(problem.RootElement.GetProperty("errors").TryGetProperty("file", out _), what);
            Assert.DoesNotContain("root:", problem.RootElement.ToString(), StringComparison.Ordinal); // /etc/passwd never read
        }

        var huge = await UploadAsync(administrator, new byte[ImportDeclarationFile.MaxBytes + 1], "huge.xml");
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(0, await CountAsync(administrator));
    }

    [Fact]
    public async Task Importing_needs_the_permission_to_start_drafts_and_stays_in_the_callers_organization()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var (other, _) = await Host.NewOrganizationAdministratorAsync("Inna Agencja");
        var auditor = await Member.AddAsync(Host, administrator, "Auditor");
        var file = Serialize("CC015C", SampleDeclarations.Transit());
        Assert.Equal(HttpStatusCode.Forbidden, (await UploadAsync(auditor.Client, file, "a.xml")).StatusCode);

        var branch = await other.PostAsJsonAsync("/api/v1/organization/branches", new { code = "KRK", name = "Kraków", address = Api.Address });
        var theirBranch = (await branch.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var response = await administrator.PostAsync($"/api/v1/declarations/import?fileName=a.xml&branchId={theirBranch}", Xml(file));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await CountAsync(administrator));
        Assert.Equal(0, await CountAsync(other));
    }

    [Fact]
    public async Task Every_built_in_format_plugin_is_loaded_by_the_real_loader_and_offers_import()
    {
        var formats = Host.Services.GetRequiredService<IActivePlugins>().Active<IMessageFormatPlugin>();

        Assert.Equal(
            ["AES:CC515C", "AIS:ZC415", "NCTS2:CC015C"],
            formats.Select(f => f.Describe()).SelectMany(d => d.ImportableMessageTypes.Take(1).Select(t => $"{d.TargetSystem}:{t}")).Order(StringComparer.Ordinal));
    }

    /// <summary>The normalisations the NCTS plugin's README lists: CC015C always states the reduced data set, and P5 writes three-digit document codes with N.</summary>
    private static CustomsDeclaration AsTheFileCarriesIt(CustomsDeclaration declaration)
    {
        if (declaration.Family != DeclarationFamily.Transit)
        {
            return declaration;
        }

        declaration.ReducedDatasetIndicator ??= false;
        foreach (var document in declaration.Consignment.TransportDocuments.Concat(declaration.Consignment.SupportingDocuments)
                     .Concat(declaration.Items.SelectMany(i => i.TransportDocuments.Concat(i.SupportingDocuments))))
        {
            document.Type = document.Type is { Length: 3 } type && type.All(char.IsAsciiDigit) ? "N" + type : document.Type;
        }

        return declaration;
    }

    private CustomsDeclaration Sample(string family) => family switch
    {
        "transit" => SampleDeclarations.Transit(),
        "export" => SampleDeclarations.Export(),
        _ => SampleDeclarations.Import(),
    };

    private byte[] Serialize(string messageType, CustomsDeclaration declaration) => Serialize(Host, messageType, declaration);

    /// <summary>A message file made by the plugin the host loaded.</summary>
    internal static byte[] Serialize(TestHost host, string messageType, CustomsDeclaration declaration)
    {
        var plugin = host.Services.GetRequiredService<IActivePlugins>().Active<IMessageFormatPlugin>()
            .Single(p => p.Describe().OutboundMessageTypes.Contains(messageType));
        var result = plugin.Serialize(new OutboundRequest(messageType, declaration, new MessageHeader(SampleDeclarations.PolishEori, "NTA.PL", "MSG-IMPORT-1", DateTimeOffset.UtcNow)));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => $"{e.Pointer}: {e.Message}")));
        return result.Value!.Content;
    }

    internal static Task<HttpResponseMessage> UploadAsync(HttpClient client, byte[] content, string fileName) =>
        client.PostAsync($"/api/v1/declarations/import?fileName={Uri.EscapeDataString(fileName)}", Xml(content));

    private static ByteArrayContent Xml(byte[] content)
    {
        var body = new ByteArrayContent(content);
        body.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/xml");
        return body;
    }

    private static async Task<int> CountAsync(HttpClient client)
    {
        using var page = JsonDocument.Parse(await client.GetStringAsync("/api/v1/declarations?pageSize=100"));
        return page.RootElement.GetProperty("items").GetArrayLength();
    }
}
