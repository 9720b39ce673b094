using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using WrotaCelne.BuildingBlocks.Infrastructure.Signatures;
using WrotaCelne.IntegrationTests.Declarations;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Accounts.Contracts.Audit;
using WrotaCelne.Modules.Declarations.Contracts.Drafts;
using WrotaCelne.Modules.Declarations.Contracts.Signing;
using WrotaCelne.Plugins.Abstractions.Declarations;
using Xunit;

namespace WrotaCelne.IntegrationTests.Signing;

/// <summary>Signing a declaration through the real host: validated, serialized by the format plugin, signed, verified, kept and audited.</summary>
public sealed class DeclarationSigningTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private TestHost Host => fixture.Host;

    [Fact]
    public async Task A_valid_draft_is_signed_into_a_cc015c_that_verifies_and_is_locked_until_returned_to_draft()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var credential = await SigningCredentialTests.AddAsync(administrator, "Podpis agencji", TestCertificates.Base64KeyFile("Agencja", TimeSpan.FromDays(365), out var certificate), []);
        var draft = await DraftEditingTests.CreateAsync(administrator, SampleDeclarations.Transit(), "SIG-1");

        var response = await administrator.PostAsJsonAsync($"/api/v1/declarations/{draft.Id}/sign", new { credentialId = credential.Id });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var signature = (await response.Content.ReadFromJsonAsync<SignatureDto>())!;
        Assert.Equal(("CC015C", "Podpis agencji", TestCertificates.Sha256(certificate), true), (signature.MessageType, signature.CredentialName, signature.CertificateThumbprint, signature.Current));
        Assert.Equal("Signed", (await administrator.GetFromJsonAsync<DeclarationDto>($"/api/v1/declarations/{draft.Id}"))!.Status);

        var message = await administrator.GetAsync($"/api/v1/declarations/{draft.Id}/signatures/{signature.Id}/message");
        Assert.Equal("application/xml", message.Content.Headers.ContentType?.MediaType);
        var signed = await message.Content.ReadAsByteArrayAsync();
        Assert.Equal(signature.MessageSha256, Convert.ToHexString(SHA256.HashData(signed)));
        var verification = XadesVerifier.Verify(signed);
        Assert.True(verification.IsValid, string.Join("; ", verification.Problems.Select(p => p.Code)));
        Assert.Equal(certificate.RawData, verification.SignerCertificate!.RawData);
        Assert.Equal(signature.ContentDigest, Convert.ToBase64String(verification.SignedContentDigest!));
        Assert.Contains("<LRN>SIG-1</LRN>", System.Text.Encoding.UTF8.GetString(signed), StringComparison.Ordinal);

        var edit = await DraftEditingTests.PutAsync(administrator, draft.Id, (await administrator.GetFromJsonAsync<DeclarationDto>($"/api/v1/declarations/{draft.Id}"))!.Revision, SampleDeclarations.Transit());
        Assert.Equal(HttpStatusCode.Conflict, edit.StatusCode);
        Assert.Equal("declaration.signed", (await Api.JsonAsync(edit)).GetProperty("codes").GetProperty("status")[0].GetString());
        var again = await administrator.PostAsJsonAsync($"/api/v1/declarations/{draft.Id}/sign", new { credentialId = credential.Id });
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await administrator.PostAsync($"/api/v1/declarations/{draft.Id}/return-to-draft", null)).StatusCode);
        var returned = (await administrator.GetFromJsonAsync<DeclarationDto>($"/api/v1/declarations/{draft.Id}"))!;
        Assert.Equal("Draft", returned.Status);
        Assert.False(Assert.Single((await administrator.GetFromJsonAsync<List<SignatureDto>>($"/api/v1/declarations/{draft.Id}/signatures"))!).Current);
        var changed = SampleDeclarations.Transit();
        changed.Lrn = "SIG-1";
        changed.Items[0].Description = "Zmienione po przywróceniu";
        Assert.Equal(HttpStatusCode.OK, (await DraftEditingTests.PutAsync(administrator, draft.Id, returned.Revision, changed)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await administrator.PostAsJsonAsync($"/api/v1/declarations/{draft.Id}/sign", new { credentialId = credential.Id })).StatusCode);
        var signatures = (await administrator.GetFromJsonAsync<List<SignatureDto>>($"/api/v1/declarations/{draft.Id}/signatures"))!;
        Assert.Equal([true, false], signatures.Select(s => s.Current));

        // Every signature is in the organization's audit log: who, which credential and certificate, which declaration, the digest.
        var audit = (await administrator.GetFromJsonAsync<List<AuditEntryDto>>("/api/v1/audit?action=signing.signature"))!;
        Assert.Equal(2, audit.Count);
        Assert.All(audit, e => Assert.Contains("CC015C of SIG-1 signed with \"Podpis agencji\"", e.Details, StringComparison.Ordinal));
        Assert.Contains(audit, e => e.Details.Contains(signature.ContentDigest, StringComparison.Ordinal));
        Assert.Single((await administrator.GetFromJsonAsync<List<AuditEntryDto>>("/api/v1/audit?action=signing.credential-added"))!);

        var history = await administrator.GetStringAsync($"/api/v1/declarations/{draft.Id}/history");
        Assert.Contains("\"signed\"", history, StringComparison.Ordinal);
        Assert.Contains("\"returnedToDraft\"", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_message_imports_when_its_signature_verifies_and_is_refused_when_a_byte_was_changed()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var credential = await SigningCredentialTests.AddAsync(administrator, "Podpis", TestCertificates.Base64KeyFile("Nadawca Pliku", TimeSpan.FromDays(365), out _), []);
        var draft = await DraftEditingTests.CreateAsync(administrator, SampleDeclarations.Transit(), "SIG-FILE");
        var signature = (await (await administrator.PostAsJsonAsync($"/api/v1/declarations/{draft.Id}/sign", new { credentialId = credential.Id })).Content.ReadFromJsonAsync<SignatureDto>())!;
        var signed = await administrator.GetByteArrayAsync($"/api/v1/declarations/{draft.Id}/signatures/{signature.Id}/message");

        var imported = await ImportFileTests.UploadAsync(administrator, signed, "CC015C_signed.xml");
        Assert.True(imported.StatusCode == HttpStatusCode.Created, await imported.Content.ReadAsStringAsync());
        var report = (await imported.Content.ReadFromJsonAsync<ImportedDraftDto>())!;
        Assert.Contains(report.Warnings, w => w.Code == "signature.valid" && w.Message.Contains("CN=Nadawca Pliku", StringComparison.Ordinal));
        Assert.Empty(report.Unmapped);

        var text = System.Text.Encoding.UTF8.GetString(signed);
        var tampered = System.Text.Encoding.UTF8.GetBytes(text.Replace("<LRN>SIG-FILE</LRN>", "<LRN>SIG-FILF</LRN>", StringComparison.Ordinal));
        var refused = await ImportFileTests.UploadAsync(administrator, tampered, "CC015C_tampered.xml");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("import.signatureInvalid", (await Api.JsonAsync(refused)).GetProperty("codes").GetProperty("file")[0].GetString());
    }

    [Theory]
    [InlineData("export", "CC515C")]
    [InlineData("import", "ZC415")]
    public async Task Export_and_import_declarations_are_signed_as_their_own_messages(string family, string messageType)
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var credential = await SigningCredentialTests.AddAsync(administrator, "Podpis", TestCertificates.Base64KeyFile("Agencja", TimeSpan.FromDays(365), out _), []);
        var document = family == "export" ? SampleDeclarations.Export() : SampleDeclarations.Import();
        var created = await administrator.PostAsJsonAsync("/api/v1/declarations", new { family, lrn = "SIG-" + family, document }, DeclarationJson.Options);
        var draft = (await created.Content.ReadFromJsonAsync<DraftDto>())!;
        var response = await administrator.PostAsJsonAsync($"/api/v1/declarations/{draft.Id}/sign", new { credentialId = credential.Id });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var signature = (await response.Content.ReadFromJsonAsync<SignatureDto>())!;
        Assert.Equal(messageType, signature.MessageType);
        var signed = await administrator.GetByteArrayAsync($"/api/v1/declarations/{draft.Id}/signatures/{signature.Id}/message");
        Assert.True(XadesVerifier.Verify(signed).IsValid);
    }

    [Fact]
    public async Task A_draft_with_errors_is_not_signed_and_the_answer_points_at_the_fields()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var credential = await SigningCredentialTests.AddAsync(administrator, "Podpis", TestCertificates.Base64KeyFile("Agencja", TimeSpan.FromDays(365), out _), []);
        var spoilt = SampleDeclarations.Transit();
        spoilt.Offices.Destination = null;
        var draft = await DraftEditingTests.CreateAsync(administrator, spoilt, "SIG-BAD");
        var response = await administrator.PostAsJsonAsync($"/api/v1/declarations/{draft.Id}/sign", new { credentialId = credential.Id });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("REQ-TRANSIT-DESTINATION", (await Api.JsonAsync(response)).GetProperty("codes").GetProperty("$.offices.destination")[0].GetString());
        Assert.Equal("Draft", (await administrator.GetFromJsonAsync<DeclarationDto>($"/api/v1/declarations/{draft.Id}"))!.Status);
        Assert.Empty((await administrator.GetFromJsonAsync<List<SignatureDto>>($"/api/v1/declarations/{draft.Id}/signatures"))!);
    }

    [Fact]
    public async Task Signing_needs_the_permission_and_nobody_signs_or_reads_another_organizations_declarations_or_signatures()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var credential = await SigningCredentialTests.AddAsync(administrator, "Podpis", TestCertificates.Base64KeyFile("Agencja", TimeSpan.FromDays(365), out _), []);
        var draft = await DraftEditingTests.CreateAsync(administrator, SampleDeclarations.Transit(), "SIG-PERM");
        var auditor = await Member.AddAsync(Host, administrator, "Auditor");
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.Client.PostAsJsonAsync($"/api/v1/declarations/{draft.Id}/sign", new { credentialId = credential.Id })).StatusCode);
        var signature = (await (await administrator.PostAsJsonAsync($"/api/v1/declarations/{draft.Id}/sign", new { credentialId = credential.Id })).Content.ReadFromJsonAsync<SignatureDto>())!;

        var (stranger, _) = await Host.NewOrganizationAdministratorAsync("Obca agencja");
        var own = await SigningCredentialTests.AddAsync(stranger, "Obcy podpis", TestCertificates.Base64KeyFile("Obcy", TimeSpan.FromDays(365), out _), []);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/v1/declarations/{draft.Id}/sign", new { credentialId = own.Id })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/declarations/{draft.Id}/signatures")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/declarations/{draft.Id}/signatures/{signature.Id}/message")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync($"/api/v1/declarations/{draft.Id}/return-to-draft", null)).StatusCode);
        var ownDraft = await DraftEditingTests.CreateAsync(stranger, SampleDeclarations.Transit(), "SIG-OWN");
        var borrowed = await stranger.PostAsJsonAsync($"/api/v1/declarations/{ownDraft.Id}/sign", new { credentialId = credential.Id });
        Assert.Equal("signing.credentialUnknown", (await Api.JsonAsync(borrowed)).GetProperty("codes").GetProperty("credentialId")[0].GetString());
        Assert.Equal("Signed", (await administrator.GetFromJsonAsync<DeclarationDto>($"/api/v1/declarations/{draft.Id}"))!.Status);
    }
}
