using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using WrotaCelne.Plugins.Abstractions.Signing;

namespace WrotaCelne.SigningTests;

/// <summary>The key-file provider through the SDK contract: what it opens, what it refuses and with which code.</summary>
public sealed class KeyFileProviderTests
{
    [Fact]
    public void It_describes_a_PKCS12_store_with_both_methods_and_key_material()
    {
        var descriptor = TestKeys.Provider.Describe();

        Assert.Equal("pkcs12", descriptor.KeyStoreKind);
        Assert.Equal([SignatureMethods.RsaSha256, SignatureMethods.EcdsaSha256], descriptor.SignatureAlgorithms);
        Assert.True(descriptor.UsesKeyMaterial);
    }

    [Theory]
    [InlineData(2048)]
    [InlineData(3072)]
    public void An_RSA_key_signs_PKCS1_SHA256_digests_its_certificate_verifies(int bits)
    {
        using var key = TestKeys.Open(bits == 2048 ? TestKeys.Rsa2048 : TestKeys.Rsa3072);
        var digest = SHA256.HashData("CC015C"u8);

        var signature = key.SignDigest(digest);

        Assert.Equal(SignatureMethods.RsaSha256, key.SignatureMethod);
        Assert.False(key.Certificate.HasPrivateKey);
        Assert.True(signature.Succeeded);
        using var publicKey = key.Certificate.GetRSAPublicKey()!;
        Assert.True(publicKey.VerifyHash(digest, signature.Value!, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1));
    }

    [Fact]
    public void An_EC_key_signs_as_r_and_s_concatenated()
    {
        using var key = TestKeys.Open(TestKeys.EcP256);
        var digest = SHA256.HashData("CC015C"u8);

        var signature = key.SignDigest(digest);

        Assert.Equal(SignatureMethods.EcdsaSha256, key.SignatureMethod);
        Assert.False(key.Certificate.HasPrivateKey);
        Assert.Equal(64, signature.Value!.Length);
        using var publicKey = key.Certificate.GetECDsaPublicKey()!;
        Assert.True(publicKey.VerifyHash(digest, signature.Value, DSASignatureFormat.IeeeP1363FixedFieldConcatenation));
    }

    [Theory]
    [InlineData("wrong password")]
    [InlineData("")]
    [InlineData(null)]
    public void A_wrong_password_is_wrong_secret(string? password)
    {
        AssertRefused(TestKeys.Request(TestKeys.Rsa2048, password), SigningProblemCodes.WrongSecret);
    }

    [Fact]
    public void Random_bytes_are_bad_key_material()
    {
        var garbage = new byte[2048];
        new Random(7).NextBytes(garbage);

        AssertRefused(TestKeys.Request(garbage, TestKeys.Password), SigningProblemCodes.BadKeyMaterial);
    }

    [Fact]
    public void A_PEM_certificate_is_bad_key_material()
    {
        using var certificate = TestKeys.Rsa(2048);
        var pem = Encoding.ASCII.GetBytes(certificate.ExportCertificatePem());

        AssertRefused(TestKeys.Request(pem, TestKeys.Password), SigningProblemCodes.BadKeyMaterial);
    }

    [Fact]
    public void No_key_material_is_bad_key_material()
    {
        AssertRefused(TestKeys.Request([], TestKeys.Password), SigningProblemCodes.BadKeyMaterial);
    }

    [Fact]
    public void A_certificate_without_its_private_key_is_bad_key_material()
    {
        using var withKey = TestKeys.Rsa(2048);
        using var certificateOnly = X509CertificateLoader.LoadCertificate(withKey.RawData);
        var file = new X509Certificate2Collection(certificateOnly).Export(X509ContentType.Pkcs12, TestKeys.Password)!;

        AssertRefused(TestKeys.Request(file, TestKeys.Password), SigningProblemCodes.BadKeyMaterial);
    }

    [Fact]
    public void A_DSA_key_is_unsupported()
    {
        using var dsa = DSA.Create(1024);
        using var issuerKey = RSA.Create(2048);
        var request = new CertificateRequest(new X500DistinguishedName("CN=DSA Test, C=PL"), new PublicKey(dsa), HashAlgorithmName.SHA256);
        var now = DateTimeOffset.UtcNow;
        // Nothing signs with DSA here, so an RSA issuer signs the certificate.
        using var certificate = request.Create(
            new X500DistinguishedName("CN=Test Issuer, C=PL"), X509SignatureGenerator.CreateForRSA(issuerKey, RSASignaturePadding.Pkcs1), now, now.AddDays(30), [0x01, 0x02]);
        var file = TestKeys.Pkcs12(certificate.CopyWithPrivateKey(dsa));

        AssertRefused(TestKeys.Request(file, TestKeys.Password), SigningProblemCodes.UnsupportedKey);
    }

    [Fact]
    public void An_RSA_key_under_2048_bits_is_unsupported()
    {
        AssertRefused(TestKeys.Request(TestKeys.Pkcs12(TestKeys.Rsa(1024)), TestKeys.Password), SigningProblemCodes.UnsupportedKey);
    }

    [Fact]
    public void An_EC_key_on_a_curve_outside_P256_P384_P521_is_unsupported()
    {
        var file = TestKeys.Pkcs12(TestKeys.Ec(ECCurve.NamedCurves.brainpoolP256r1));

        AssertRefused(TestKeys.Request(file, TestKeys.Password), SigningProblemCodes.UnsupportedKey);
    }

    [Fact]
    public void A_digest_that_is_not_SHA256_sized_is_not_signed()
    {
        using var key = TestKeys.Open(TestKeys.EcP256);

        var result = key.SignDigest(new byte[20]);

        Assert.Equal([SigningProblemCodes.NotSupported], result.Errors.Select(e => e.Code));
    }

    [Fact]
    public void A_closed_key_signs_nothing()
    {
        var key = TestKeys.Open(TestKeys.EcP256);
        key.Dispose();

        var result = key.SignDigest(new byte[32]);

        Assert.Equal([SigningProblemCodes.DeviceError], result.Errors.Select(e => e.Code));
    }

    private static void AssertRefused(SigningKeyRequest request, string code)
    {
        var result = TestKeys.Provider.OpenKey(request);
        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        Assert.Equal([code], result.Errors.Select(e => e.Code));
    }
}
