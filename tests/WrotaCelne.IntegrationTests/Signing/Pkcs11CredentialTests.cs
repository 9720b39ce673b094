using System.Net;
using System.Net.Http.Json;
using WrotaCelne.BuildingBlocks.Infrastructure.Signatures;
using WrotaCelne.IntegrationTests.Declarations;
using WrotaCelne.IntegrationTests.Infrastructure;
using WrotaCelne.Modules.Declarations.Contracts.Signing;
using Xunit;

namespace WrotaCelne.IntegrationTests.Signing;

/// <summary>A smart card (a SoftHSM2 token) through the host's PKCS#11 provider: only modules the operator allowed, the PIN kept encrypted or asked each time.</summary>
public sealed class Pkcs11CredentialTests(Pkcs11CredentialTests.TokenHost fixture) : IClassFixture<Pkcs11CredentialTests.TokenHost>
{
    private TestHost Host => fixture.Host;

    private SoftHsmTokenFiles Token => fixture.Token;

    [Fact]
    public async Task A_card_key_with_a_kept_pin_signs_declarations_and_one_without_asks_for_the_pin_each_time()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        Assert.Equal(["SoftHSM2"], (await administrator.GetFromJsonAsync<List<string>>("/api/v1/signing/pkcs11-modules"))!);

        var kept = await AddAsync(administrator, new { name = "Karta Jana", module = "SoftHSM2", tokenLabel = SoftHsmTokenFiles.TokenLabel, keyLabel = SoftHsmTokenFiles.KeyLabel, pin = SoftHsmTokenFiles.Pin, keepPin = true });
        Assert.Equal(("pkcs11", "wrotacelne.signing.pkcs11", Token.Certificate.Subject, TestCertificates.Sha256(Token.Certificate), true),
            (kept.Kind, kept.Provider, kept.Subject, kept.Thumbprint, kept.SecretStored));
        Assert.Equal(SoftHsmTokenFiles.KeyLabel, kept.Settings["keyLabel"]);
        Assert.False(kept.Settings.ContainsKey("modulePath"));

        var draft = await DraftEditingTests.CreateAsync(administrator, SampleDeclarations.Transit(), "CARD-1");
        var signing = await administrator.PostAsJsonAsync($"/api/v1/declarations/{draft.Id}/sign", new { credentialId = kept.Id });
        Assert.True(signing.StatusCode == HttpStatusCode.OK, await signing.Content.ReadAsStringAsync());
        var signature = (await signing.Content.ReadFromJsonAsync<SignatureDto>())!;
        var verification = XadesVerifier.Verify(await administrator.GetByteArrayAsync($"/api/v1/declarations/{draft.Id}/signatures/{signature.Id}/message"));
        Assert.True(verification.IsValid, string.Join("; ", verification.Problems.Select(p => p.Code)));
        Assert.Equal(Token.Certificate.RawData, verification.SignerCertificate!.RawData);

        var asked = await AddAsync(administrator, new { name = "Karta bez PIN-u", module = "SoftHSM2", tokenLabel = SoftHsmTokenFiles.TokenLabel, keyLabel = SoftHsmTokenFiles.KeyLabel, pin = SoftHsmTokenFiles.Pin, keepPin = false });
        Assert.False(asked.SecretStored);
        await AssertRefusedAsync(administrator.PostAsJsonAsync($"/api/v1/signing/credentials/{asked.Id}/test", new { }), "secret", "signing.pinRequired");
        await AssertRefusedAsync(administrator.PostAsJsonAsync($"/api/v1/signing/credentials/{asked.Id}/test", new { secret = "000000" }), "secret", "signing.wrongPin");
        var test = await administrator.PostAsJsonAsync($"/api/v1/signing/credentials/{asked.Id}/test", new { secret = SoftHsmTokenFiles.Pin });
        Assert.Equal(HttpStatusCode.OK, test.StatusCode);
        Assert.Equal(TestCertificates.Sha256(Token.Certificate), (await test.Content.ReadFromJsonAsync<SignatureDto>())!.CertificateThumbprint);
    }

    [Fact]
    public async Task A_module_the_operator_did_not_allow_a_wrong_pin_or_an_unknown_key_is_refused_on_its_field_and_nothing_is_stored()
    {
        var (administrator, _) = await Host.NewOrganizationAdministratorAsync();
        await AssertRefusedAsync(Add(administrator, new { name = "K", module = SoftHsmTokenFiles.ModulePath, tokenLabel = SoftHsmTokenFiles.TokenLabel, keyLabel = SoftHsmTokenFiles.KeyLabel, pin = SoftHsmTokenFiles.Pin, keepPin = true }), "module", "signing.moduleNotAllowed");
        await AssertRefusedAsync(Add(administrator, new { name = "K", module = "SoftHSM2", tokenLabel = SoftHsmTokenFiles.TokenLabel, keyLabel = SoftHsmTokenFiles.KeyLabel, pin = "111111", keepPin = true }), "pin", "signing.wrongPin");
        await AssertRefusedAsync(Add(administrator, new { name = "K", module = "SoftHSM2", tokenLabel = SoftHsmTokenFiles.TokenLabel, keyLabel = "nie-ma-takiego", pin = SoftHsmTokenFiles.Pin, keepPin = true }), "keyLabel", "signing.keyNotFound");
        await AssertRefusedAsync(Add(administrator, new { name = "K", module = "SoftHSM2", tokenLabel = SoftHsmTokenFiles.TokenLabel, keyLabel = SoftHsmTokenFiles.KeyLabel, keepPin = true }), "pin", "credential.pinRequired");
        Assert.Empty((await administrator.GetFromJsonAsync<List<SigningCredentialDto>>("/api/v1/signing/credentials"))!);
    }

    private static Task<HttpResponseMessage> Add(HttpClient administrator, object body) => administrator.PostAsJsonAsync("/api/v1/signing/credentials/pkcs11", body);

    private static async Task<SigningCredentialDto> AddAsync(HttpClient administrator, object body)
    {
        var response = await Add(administrator, body);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<SigningCredentialDto>())!;
    }

    private static async Task AssertRefusedAsync(Task<HttpResponseMessage> call, string field, string code)
    {
        var response = await call;
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(code, (await Api.JsonAsync(response)).GetProperty("codes").GetProperty(field)[0].GetString());
    }

    /// <summary>
    /// One token and one host for the class: SoftHSM2 reads its configuration once per process, when the host's
    /// provider first loads the module, so every test of the run must see the same token directory.
    /// </summary>
    public sealed class TokenHost : IAsyncLifetime
    {
        public SoftHsmTokenFiles Token { get; private set; } = null!;

        public TestHost Host { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Token = new SoftHsmTokenFiles();
            Host = await TestHost.StartAsync(new Dictionary<string, string> { ["Modules:Declarations:Pkcs11Modules:SoftHSM2"] = SoftHsmTokenFiles.ModulePath });
        }

        public async Task DisposeAsync()
        {
            await Host.DisposeAsync();
            Token.Dispose();
        }
    }
}
