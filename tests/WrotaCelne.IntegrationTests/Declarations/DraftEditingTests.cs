using System.Net;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Plugins.Abstractions.Declarations;
using Xunit;

namespace WrotaCelne.IntegrationTests.Declarations;

/// <summary>Drafts hold the canonical document: edited with revisions, copied, versioned field by field, locked once sent.</summary>
public sealed class DraftEditingTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task A_draft_created_with_a_document_reads_back_the_same_document_and_stays_in_the_canonical_json_form()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var created = await CreateAsync(administrator, EditorSamples.Transit(), "DOC-1");
        var read = await administrator.GetFromJsonAsync<DeclarationDto>($"/api/v1/declarations/{created.Id}");
        Assert.Equal(DeclarationJson.Serialize(Expected(EditorSamples.Transit(), "DOC-1")), DeclarationJson.Serialize(read!.Document));
        Assert.Equal((0, true, "Draft"), (read.Revision, read.Editable, read.Status));

        var raw = await administrator.GetStringAsync($"/api/v1/declarations/{created.Id}");
        Assert.Contains("\"family\":\"transit\"", raw, StringComparison.Ordinal);
        Assert.Contains("\"modelVersion\":\"1.0\"", raw, StringComparison.Ordinal);
        Assert.Contains("\"grossMass\":100.5", raw, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Saving_names_the_revision_so_a_concurrent_save_is_refused_and_history_lists_each_changed_field_with_who()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var created = await CreateAsync(administrator, EditorSamples.Transit(), "REV-1");
        var document = EditorSamples.Transit();
        document.Items[0].GrossMass = 101m;
        document.Parties.Consignee!.Name = "Schmidt AG";
        var saved = await PutAsync(administrator, created.Id, 0, document);
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal(1, (await saved.Content.ReadFromJsonAsync<DeclarationDto>())!.Revision);

        var stale = await PutAsync(administrator, created.Id, 0, EditorSamples.Transit());
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("declaration.changed", (await Api.JsonAsync(stale)).GetProperty("codes").GetProperty("revision")[0].GetString());

        var history = (await administrator.GetFromJsonAsync<List<RevisionDto>>($"/api/v1/declarations/{created.Id}/history"))!;
        Assert.Equal(["edited", "created"], history.Select(h => h.Kind));
        var edit = history[0];
        Assert.Equal(1, edit.Revision);
        Assert.EndsWith("@agencja.test", edit.By, StringComparison.Ordinal);
        Assert.Equal(
            [("$.parties.consignee.name", "\"Müller Logistik GmbH\"", "\"Schmidt AG\""), ("$.items[0].grossMass", "100.5", "101")],
            edit.Changes.Select(c => (c.Path, c.Before, c.After)).OrderByDescending(c => c.Path.StartsWith("$.parties", StringComparison.Ordinal)));
        var unchanged = await PutAsync(administrator, created.Id, 1, document);
        Assert.Equal(1, (await unchanged.Content.ReadFromJsonAsync<DeclarationDto>())!.Revision); // saving the same content adds no revision
    }

    [Fact]
    public async Task An_lrn_changed_through_the_document_must_stay_unique_and_well_formed()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        await CreateAsync(administrator, EditorSamples.Transit(), "TAKEN-1");
        var created = await CreateAsync(administrator, EditorSamples.Transit(), "MINE-1");
        var document = EditorSamples.Transit();
        document.Lrn = "TAKEN-1";
        Assert.Equal(HttpStatusCode.Conflict, (await PutAsync(administrator, created.Id, 0, document)).StatusCode);
        document.Lrn = "bad lrn with spaces";
        Assert.Equal("lrn.invalid", (await Api.JsonAsync(await PutAsync(administrator, created.Id, 0, document))).GetProperty("codes").GetProperty("lrn")[0].GetString());
        document.Lrn = "MINE-2";
        Assert.Equal("MINE-2", (await (await PutAsync(administrator, created.Id, 0, document)).Content.ReadFromJsonAsync<DeclarationDto>())!.Lrn);
    }

    [Fact]
    public async Task A_copy_is_a_new_draft_with_the_same_document_a_new_lrn_and_a_history_naming_its_source()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var source = await CreateAsync(administrator, EditorSamples.Transit(), "SRC-1");
        var response = await administrator.PostAsJsonAsync($"/api/v1/declarations/{source.Id}/copy", new { lrn = "" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var copy = (await response.Content.ReadFromJsonAsync<DraftDto>())!;
        Assert.NotEqual(source.Id, copy.Id);
        Assert.NotEqual("SRC-1", copy.Lrn);
        var read = (await administrator.GetFromJsonAsync<DeclarationDto>($"/api/v1/declarations/{copy.Id}"))!;
        Assert.Equal(DeclarationJson.Serialize(Expected(EditorSamples.Transit(), copy.Lrn)), DeclarationJson.Serialize(read.Document));
        var history = (await administrator.GetFromJsonAsync<List<RevisionDto>>($"/api/v1/declarations/{copy.Id}/history"))!;
        Assert.Equal(("copiedFrom", "SRC-1"), (history.Single().Kind, history.Single().Detail));
    }

    [Fact]
    public async Task A_sent_declaration_is_locked_for_editing_and_deleting_but_can_be_copied()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var created = await CreateAsync(administrator, EditorSamples.Transit(), "SENT-1");

        // Sending arrives with the gateway issue; until then the archive's state is set as the dispatcher will set it.
        await using (var connection = new SqliteConnection($"Data Source={Path.Combine(Host.DataDirectory, "declarations.db")}"))
        {
            await connection.OpenAsync();
            var command = connection.CreateCommand();
            command.CommandText = "UPDATE declarations SET Status = 'Sent' WHERE Id = $id";
            command.Parameters.AddWithValue("$id", created.Id.ToString().ToUpperInvariant());
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        var edit = await PutAsync(administrator, created.Id, 0, EditorSamples.Transit("Ktoś Inny"));
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Equal("declaration.locked", (await Api.JsonAsync(edit)).GetProperty("codes").GetProperty("status")[0].GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await administrator.DeleteAsync($"/api/v1/declarations/{created.Id}")).StatusCode);
        var read = (await administrator.GetFromJsonAsync<DeclarationDto>($"/api/v1/declarations/{created.Id}"))!;
        Assert.Equal(("Sent", false, "Müller Logistik GmbH"), (read.Status, read.Editable, read.Document.Parties.Consignee!.Name));
        Assert.Equal(HttpStatusCode.Created, (await administrator.PostAsJsonAsync($"/api/v1/declarations/{created.Id}/copy", new { lrn = "SENT-1-COPY" })).StatusCode);
    }

    [Fact]
    public async Task Malformed_documents_are_refused_with_a_problem_and_change_nothing()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var created = await CreateAsync(administrator, EditorSamples.Transit(), "BAD-1");
        foreach (var body in new[] { """{"revision":0,"document":{"items":"nie lista"}}""", """{"revision":0,"document":{"family":"smuggling"}}""", """{"revision":0}""", "{" })
        {
            var response = await administrator.PutAsync($"/api/v1/declarations/{created.Id}", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }

        var read = (await administrator.GetFromJsonAsync<DeclarationDto>($"/api/v1/declarations/{created.Id}"))!;
        Assert.Equal((0, 2), (read.Revision, read.Document.Items.Count));
    }

    [Fact]
    public async Task An_auditor_reads_declarations_and_history_but_cannot_change_them()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var created = await CreateAsync(administrator, EditorSamples.Transit(), "AUD-1");
        var auditor = await Member.AddAsync(Host, administrator, "Auditor");
        Assert.Equal(HttpStatusCode.OK, (await auditor.Client.GetAsync($"/api/v1/declarations/{created.Id}/history")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PutAsync(auditor.Client, created.Id, 0, EditorSamples.Transit("Audytor"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.Client.PostAsJsonAsync($"/api/v1/declarations/{created.Id}/copy", new { })).StatusCode);
    }

    [Fact]
    public async Task Starting_drafts_and_editing_them_are_separate_permissions()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        Assert.Equal(HttpStatusCode.Created, (await administrator.PostAsJsonAsync("/api/v1/roles", new { name = "Zakładający", permissions = new[] { "declarations.view", "declarations.create" } })).StatusCode);
        var starter = await Member.AddAsync(Host, administrator, "Zakładający");
        var created = await CreateAsync(starter.Client, EditorSamples.Transit(), "PERM-1");
        Assert.Equal(HttpStatusCode.Forbidden, (await PutAsync(starter.Client, created.Id, 0, EditorSamples.Transit("Inny"))).StatusCode);
        var editor = await starter.Client.GetAsync($"/declarations/{created.Id}/edit");
        Assert.Equal((HttpStatusCode.Redirect, $"/declarations/{created.Id}"), (editor.StatusCode, editor.Headers.Location?.OriginalString)); // on to the read-only view
        Assert.Equal(HttpStatusCode.OK, (await PutAsync(administrator, created.Id, 0, EditorSamples.Transit("Inny"))).StatusCode);
    }

    [Fact]
    public async Task The_validation_endpoint_reports_each_finding_with_its_path_label_rule_and_severity_in_the_asked_language()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var valid = await CreateAsync(administrator, SampleDeclarations.Transit(), "VAL-1");
        var report = (await administrator.GetFromJsonAsync<ValidationReportDto>($"/api/v1/declarations/{valid.Id}/validation"))!;
        Assert.True(report.Valid, string.Join("; ", report.Findings.Select(f => f.Rule + " " + f.Path)));

        var spoilt = SampleDeclarations.Transit();
        spoilt.Items[0].NetMass = spoilt.Items[0].GrossMass + 1;
        spoilt.Offices.Destination = null;
        var invalid = await CreateAsync(administrator, spoilt, "VAL-2");
        var english = (await administrator.GetFromJsonAsync<ValidationReportDto>($"/api/v1/declarations/{invalid.Id}/validation?lang=en"))!;
        Assert.False(english.Valid);
        var mass = Assert.Single(english.Findings, f => f.Rule == "MASS-NET-GROSS");
        Assert.Equal(("$.items[0].netMass", "items[*].netMass", "error"), (mass.Path, mass.Field, mass.Severity));
        Assert.Contains("mass", mass.Label, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(english.Findings, f => f.Rule == "REQ-TRANSIT-DESTINATION" && f.Path == "$.offices.destination");
        var polish = (await administrator.GetFromJsonAsync<ValidationReportDto>($"/api/v1/declarations/{invalid.Id}/validation?lang=pl"))!;
        Assert.Contains("Masa", Assert.Single(polish.Findings, f => f.Rule == "MASS-NET-GROSS").Label, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_organizations_declaration_pages_answer_not_found()
    {
        var (b, _) = await Host.NewOrganizationAdministratorAsync();
        var theirs = await CreateAsync(b, EditorSamples.Transit(), "THEIRS-1");
        var (a, _) = await Host.NewOrganizationAdministratorAsync();
        foreach (var path in new[] { $"/declarations/{theirs.Id}", $"/declarations/{theirs.Id}/edit", $"/api/v1/declarations/{theirs.Id}/validation" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await a.GetAsync(path)).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await b.GetAsync($"/declarations/{theirs.Id}")).StatusCode);
        Assert.Contains("THEIRS-1", await b.GetStringAsync($"/declarations/{theirs.Id}/edit"), StringComparison.Ordinal);
    }

    internal static async Task<DraftDto> CreateAsync(HttpClient client, CustomsDeclaration document, string lrn)
    {
        var response = await client.PostAsJsonAsync("/api/v1/declarations", new { lrn, document }, DeclarationJson.Options);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<DraftDto>())!;
    }

    internal static Task<HttpResponseMessage> PutAsync(HttpClient client, Guid id, int revision, CustomsDeclaration document) =>
        client.PutAsJsonAsync($"/api/v1/declarations/{id}", new { revision, document }, DeclarationJson.Options);

    private static CustomsDeclaration Expected(CustomsDeclaration document, string lrn)
    {
        document.Lrn = lrn;
        return document;
    }
}
