using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using WrotaCelne.BuildingBlocks.Infrastructure.Signatures;
using WrotaCelne.IntegrationTests.Declarations;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Declarations.Contracts.Signing;
using Xunit;

namespace WrotaCelne.IntegrationTests.Signing;

/// <summary>Key file credentials through the real host: stored encrypted, checked on upload, limited to users, kept to the organization.</summary>
public sealed class SigningCredentialTests(HostFixture fixture) : IClassFixture<HostFixture>
{
    private static readonly TimeSpan Year = TimeSpan.FromDays(365);

    private TestHost Host => fixture.Host;

    [Fact]
    public async Task An_added_key_file_shows_its_certificate_and_expiry_and_neither_key_nor_password_is_stored_or_shown_in_clear()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var keyFile = TestCertificates.Base64KeyFile("Jan Kowalski", Year, out var certificate);
        var response = await administrator.PostAsJsonAsync("/api/v1/signing/credentials/key-file", new { name = "Podpis Jana", keyFile, password = TestCertificates.Password });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(TestCertificates.Password, raw, StringComparison.Ordinal);
        var added = JsonSerializer.Deserialize<SigningCredentialDto>(raw, JsonSerializerOptions.Web)!;
        Assert.Equal(("key-file", "wrotacelne.signing.keyfile", certificate.Subject, TestCertificates.Sha256(certificate), "valid", true),
            (added.Kind, added.Provider, added.Subject, added.Thumbprint, added.Status, added.SecretStored));
        Assert.Equal(certificate.NotAfter.ToUniversalTime(), added.NotAfterUtc, TimeSpan.FromSeconds(1));
        Assert.InRange(added.DaysLeft, 362, 364);
        Assert.Equal(added.Id, Assert.Single((await administrator.GetFromJsonAsync<List<SigningCredentialDto>>("/api/v1/signing/credentials"))!).Id);

        // At rest: neither the key file's bytes, nor the private key, nor the password appear in the database files.
        var keyBytes = Convert.FromBase64String(keyFile);
        var privateKey = certificate.GetRSAPrivateKey()!.ExportPkcs8PrivateKey();
        foreach (var file in Directory.GetFiles(Host.DataDirectory, "declarations.db*"))
        {
            var stored = await ReadSharedAsync(file);
            Assert.Equal(-1, stored.AsSpan().IndexOf(keyBytes.AsSpan(0, 64)));
            Assert.Equal(-1, stored.AsSpan().IndexOf(privateKey.AsSpan(privateKey.Length - 64)));
            Assert.Equal(-1, stored.AsSpan().IndexOf(Encoding.UTF8.GetBytes(TestCertificates.Password)));
        }
    }

    [Fact]
    public async Task A_wrong_password_a_file_that_is_no_key_file_an_expired_certificate_or_an_oversize_file_is_refused_on_its_field_and_nothing_is_stored()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var keyFile = TestCertificates.Base64KeyFile("Anna Nowak", Year, out _);
        await AssertRefusedAsync(administrator, new { name = "A", keyFile, password = "złe hasło" }, "password", "signing.wrongPassword");
        await AssertRefusedAsync(administrator, new { name = "A", keyFile = Convert.ToBase64String(Encoding.UTF8.GetBytes("<not-a-key-file/>")), password = "x" }, "keyFile", "signing.badKeyFile");
        await AssertRefusedAsync(administrator, new { name = "A", keyFile = "!!!", password = "x" }, "keyFile", "credential.keyFileNotBase64");
        await AssertRefusedAsync(administrator, new { name = "A", keyFile = Convert.ToBase64String(new byte[300 * 1024]), password = "x" }, "keyFile", "credential.keyFileTooLarge");
        await AssertRefusedAsync(administrator, new { name = "", keyFile, password = TestCertificates.Password }, "name", "credential.nameRequired");
        var expired = TestCertificates.Rsa("Wygasły", TimeSpan.FromDays(10), DateTimeOffset.UtcNow.AddDays(-20));
        await AssertRefusedAsync(administrator, new { name = "A", keyFile = Convert.ToBase64String(TestCertificates.KeyFile(expired)), password = TestCertificates.Password }, "keyFile", "credential.expired");
        Assert.Empty((await administrator.GetFromJsonAsync<List<SigningCredentialDto>>("/api/v1/signing/credentials"))!);

        Assert.Equal(HttpStatusCode.Created, (await administrator.PostAsJsonAsync("/api/v1/signing/credentials/key-file", new { name = "A", keyFile, password = TestCertificates.Password })).StatusCode);
        await AssertRefusedAsync(administrator, new { name = "A", keyFile, password = TestCertificates.Password }, "name", "credential.nameTaken");
    }

    [Fact]
    public async Task Only_those_who_manage_credentials_add_or_remove_them_and_a_credential_limited_to_users_signs_for_them_only()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var allowed = await Member.AddAsync(Host, administrator, "Operator");
        var other = await Member.AddAsync(Host, administrator, "Operator");
        var auditor = await Member.AddAsync(Host, administrator, "Auditor");
        var keyFile = TestCertificates.Base64KeyFile("Ograniczony", Year, out _);
        Assert.Equal(HttpStatusCode.Forbidden, (await allowed.Client.PostAsJsonAsync("/api/v1/signing/credentials/key-file", new { name = "X", keyFile, password = TestCertificates.Password })).StatusCode);

        var (stranger, _) = await Host.NewOrganizationAdministratorAsync("Inna agencja");
        var strangerId = (await Member.AddAsync(Host, stranger, "Operator")).Id;
        await AssertRefusedAsync(administrator, new { name = "X", keyFile, password = TestCertificates.Password, allowedUserIds = new[] { strangerId } }, "allowedUserIds", "credential.unknownUser");

        var credential = await AddAsync(administrator, "Tylko dla jednej osoby", keyFile, [allowed.Id]);
        Assert.Equal([allowed.Id], credential.AllowedUserIds);
        var signed = await allowed.Client.PostAsJsonAsync($"/api/v1/signing/credentials/{credential.Id}/test", new { });
        Assert.Equal(HttpStatusCode.OK, signed.StatusCode);
        Assert.Equal(allowed.Email, (await signed.Content.ReadFromJsonAsync<SignatureDto>())!.SignedBy);
        var refused = await other.Client.PostAsJsonAsync($"/api/v1/signing/credentials/{credential.Id}/test", new { });
        Assert.Equal("signing.credentialNotYours", (await Api.JsonAsync(refused)).GetProperty("codes").GetProperty("credentialId")[0].GetString());
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.Client.PostAsJsonAsync($"/api/v1/signing/credentials/{credential.Id}/test", new { })).StatusCode);
        Assert.Empty((await other.Client.GetFromJsonAsync<List<SigningCredentialDto>>("/api/v1/signing/credentials?usable=true"))!);

        var opened = await administrator.PutAsJsonAsync($"/api/v1/signing/credentials/{credential.Id}", new { name = "Dla wszystkich", allowedUserIds = Array.Empty<Guid>() });
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await other.Client.PostAsJsonAsync($"/api/v1/signing/credentials/{credential.Id}/test", new { })).StatusCode);

        Assert.Equal(HttpStatusCode.Forbidden, (await other.Client.DeleteAsync($"/api/v1/signing/credentials/{credential.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await administrator.DeleteAsync($"/api/v1/signing/credentials/{credential.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await administrator.GetAsync($"/api/v1/signing/credentials/{credential.Id}")).StatusCode);
    }

    [Fact]
    public async Task Another_organization_neither_sees_nor_uses_nor_changes_a_credential()
    {
        var (owner, _) = await Host.NewOrganizationAdministratorAsync();
        var credential = await AddAsync(owner, "Cudzy", TestCertificates.Base64KeyFile("Cudzy", Year, out _), []);
        var (stranger, _) = await Host.NewOrganizationAdministratorAsync("Obca agencja");
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/v1/signing/credentials/{credential.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PutAsJsonAsync($"/api/v1/signing/credentials/{credential.Id}", new { name = "Przejęty" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.DeleteAsync($"/api/v1/signing/credentials/{credential.Id}")).StatusCode);
        var replaced = await stranger.PutAsJsonAsync($"/api/v1/signing/credentials/{credential.Id}/key-file", new { keyFile = TestCertificates.Base64KeyFile("Obcy", Year, out _), password = TestCertificates.Password });
        Assert.Equal(HttpStatusCode.NotFound, replaced.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsJsonAsync($"/api/v1/signing/credentials/{credential.Id}/test", new { })).StatusCode);
        Assert.Empty((await stranger.GetFromJsonAsync<List<SigningCredentialDto>>("/api/v1/signing/credentials"))!);
        Assert.Equal("Cudzy", (await owner.GetFromJsonAsync<SigningCredentialDto>($"/api/v1/signing/credentials/{credential.Id}"))!.Name);
    }

    [Fact]
    public async Task A_replaced_key_file_signs_with_the_new_certificate_and_keeps_name_users_and_history()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        var credential = await AddAsync(administrator, "Odnawiany", TestCertificates.Base64KeyFile("Stary certyfikat", TimeSpan.FromDays(20), out _), []);
        Assert.Equal("expiring", credential.Status);
        await administrator.PostAsJsonAsync($"/api/v1/signing/credentials/{credential.Id}/test", new { });

        var renewed = TestCertificates.Base64KeyFile("Nowy certyfikat", Year, out var certificate);
        var wrong = await administrator.PutAsJsonAsync($"/api/v1/signing/credentials/{credential.Id}/key-file", new { keyFile = renewed, password = "inne" });
        Assert.Equal("signing.wrongPassword", (await Api.JsonAsync(wrong)).GetProperty("codes").GetProperty("password")[0].GetString());
        var replaced = await administrator.PutAsJsonAsync($"/api/v1/signing/credentials/{credential.Id}/key-file", new { keyFile = renewed, password = TestCertificates.Password });
        Assert.Equal(HttpStatusCode.OK, replaced.StatusCode);
        var after = (await replaced.Content.ReadFromJsonAsync<SigningCredentialDto>())!;
        Assert.Equal((credential.Id, "Odnawiany", certificate.Subject, "valid"), (after.Id, after.Name, after.Subject, after.Status));
        var test = (await (await administrator.PostAsJsonAsync($"/api/v1/signing/credentials/{credential.Id}/test", new { })).Content.ReadFromJsonAsync<SignatureDto>())!;
        Assert.Equal(TestCertificates.Sha256(certificate), test.CertificateThumbprint);
    }

    internal static async Task<SigningCredentialDto> AddAsync(HttpClient administrator, string name, string keyFile, Guid[] allowedUserIds)
    {
        var response = await administrator.PostAsJsonAsync("/api/v1/signing/credentials/key-file", new { name, keyFile, password = TestCertificates.Password, allowedUserIds });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<SigningCredentialDto>())!;
    }

    private static async Task AssertRefusedAsync(HttpClient administrator, object body, string field, string code)
    {
        var response = await administrator.PostAsJsonAsync("/api/v1/signing/credentials/key-file", body);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await Api.JsonAsync(response)).GetProperty("codes").GetProperty(field)[0].GetString());
    }

    private static async Task<byte[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }
}
