using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using WrotaCelne.Plugins.Abstractions.Signing;
using Xunit;

namespace WrotaCelne.Pkcs11Tests;

/// <summary>Keys on the token sign SHA-256 digests that .NET verifies with the certificate's public key.</summary>
[Collection(SoftHsmCollection.Name)]
public sealed class SigningTests(SoftHsmToken token)
{
    [Fact]
    public void Describe_names_the_key_store_methods_and_settings()
    {
        var descriptor = token.Provider.Describe();

        Assert.Equal("pkcs11", descriptor.KeyStoreKind);
        Assert.Equal([SignatureMethods.RsaSha256, SignatureMethods.EcdsaSha256], descriptor.SignatureAlgorithms);
        Assert.Equal(["modulePath", "tokenLabel", "keyLabel"], descriptor.Settings);
        Assert.False(descriptor.UsesKeyMaterial);
    }

    [Fact]
    public void Rsa_key_signs_a_digest_as_pkcs1_sha256()
    {
        var opened = token.Provider.OpenKey(SoftHsmToken.Request(token.Rsa.Label));
        Assert.True(opened.Succeeded, Describe(opened.Errors));
        using var key = opened.Value!;
        Assert.Equal(SignatureMethods.RsaSha256, key.SignatureMethod);
        Assert.Equal(token.Rsa.Certificate.Thumbprint, key.Certificate.Thumbprint);
        Assert.False(key.Certificate.HasPrivateKey);

        var digest = SHA256.HashData("<Declaration>CC015C</Declaration>"u8);
        var signed = key.SignDigest(digest);

        Assert.True(signed.Succeeded, Describe(signed.Errors));
        using var publicKey = key.Certificate.GetRSAPublicKey()!;
        Assert.True(publicKey.VerifyHash(digest, signed.Value!, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
        Assert.False(publicKey.VerifyHash(SHA256.HashData("other"u8), signed.Value!, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public void Ec_key_signs_a_digest_as_r_and_s()
    {
        var opened = token.Provider.OpenKey(SoftHsmToken.Request(token.Ec.Label));
        Assert.True(opened.Succeeded, Describe(opened.Errors));
        using var key = opened.Value!;
        Assert.Equal(SignatureMethods.EcdsaSha256, key.SignatureMethod);
        Assert.Equal(token.Ec.Certificate.Thumbprint, key.Certificate.Thumbprint);

        var digest = SHA256.HashData("<Declaration>CC015C</Declaration>"u8);
        var signed = key.SignDigest(digest);

        Assert.True(signed.Succeeded, Describe(signed.Errors));
        Assert.Equal(64, signed.Value!.Length);
        using var publicKey = key.Certificate.GetECDsaPublicKey()!;
        Assert.True(publicKey.VerifyHash(digest, signed.Value, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
        Assert.False(publicKey.VerifyHash(SHA256.HashData("other"u8), signed.Value, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
    }

    [Fact]
    public async Task Two_keys_opened_at_once_sign_in_parallel()
    {
        var rsaOpened = token.Provider.OpenKey(SoftHsmToken.Request(token.Rsa.Label));
        var ecOpened = token.Provider.OpenKey(SoftHsmToken.Request(token.Ec.Label));
        Assert.True(rsaOpened.Succeeded, Describe(rsaOpened.Errors));
        Assert.True(ecOpened.Succeeded, Describe(ecOpened.Errors));
        using var rsa = rsaOpened.Value!;
        using var ec = ecOpened.Value!;
        using var rsaPublic = rsa.Certificate.GetRSAPublicKey()!;
        using var ecPublic = ec.Certificate.GetECDsaPublicKey()!;

        // Several threads per key as well, so each key's own session is shared the way a busy host would share it.
        var tasks = Enumerable.Range(0, 16).Select(i => Task.Run(() =>
        {
            var digest = SHA256.HashData(BitConverter.GetBytes(i));
            var onRsa = i % 2 == 0;
            var signed = (onRsa ? rsa : ec).SignDigest(digest);
            Assert.True(signed.Succeeded, Describe(signed.Errors));
            return onRsa
                ? rsaPublic.VerifyHash(digest, signed.Value!, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1)
                : ecPublic.VerifyHash(digest, signed.Value!, DSASignatureFormat.IeeeP1363FixedFieldConcatenation);
        }));
        var verified = await Task.WhenAll(tasks);

        Assert.Equal(16, verified.Count(ok => ok));
    }

    [Fact]
    public void A_key_still_signs_after_another_key_of_its_token_is_closed()
    {
        var first = token.Provider.OpenKey(SoftHsmToken.Request(token.Rsa.Label));
        var second = token.Provider.OpenKey(SoftHsmToken.Request(token.Ec.Label));
        Assert.True(first.Succeeded, Describe(first.Errors));
        Assert.True(second.Succeeded, Describe(second.Errors));
        using var ec = second.Value!;

        first.Value!.Dispose();
        var digest = SHA256.HashData("after logout of another key"u8);
        var signed = ec.SignDigest(digest);

        Assert.True(signed.Succeeded, Describe(signed.Errors));
        using var publicKey = ec.Certificate.GetECDsaPublicKey()!;
        Assert.True(publicKey.VerifyHash(digest, signed.Value!, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
    }

    [Fact]
    public void A_key_opens_again_after_all_keys_of_its_token_were_closed()
    {
        for (var round = 0; round < 2; round++)
        {
            var opened = token.Provider.OpenKey(SoftHsmToken.Request(token.Rsa.Label));
            Assert.True(opened.Succeeded, Describe(opened.Errors));
            using var key = opened.Value!;
            Assert.True(key.SignDigest(SHA256.HashData("round"u8)).Succeeded);
        }
    }

    [Fact]
    public void Two_spellings_of_one_module_path_share_the_token_login()
    {
        var first = token.Provider.OpenKey(SoftHsmToken.Request(token.Rsa.Label));
        Assert.True(first.Succeeded, Describe(first.Errors));
        using var rsa = first.Value!;
        var otherSpelling = SoftHsmToken.ModulePath.Replace("/softhsm/", "/softhsm/../softhsm/", StringComparison.Ordinal);

        var second = token.Provider.OpenKey(SoftHsmToken.Request(token.Ec.Label, modulePath: otherSpelling));

        Assert.True(second.Succeeded, Describe(second.Errors));
        using var ec = second.Value!;
        Assert.True(ec.SignDigest(SHA256.HashData("second spelling"u8)).Succeeded);
    }

    internal static string Describe(IReadOnlyList<SigningProblem> errors) => string.Join("; ", errors.Select(e => $"{e.Code}: {e.Message}"));
}
