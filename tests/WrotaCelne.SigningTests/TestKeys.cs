using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using WrotaCelne.Plugins.Abstractions.Signing;
using WrotaCelne.Plugins.Signing.KeyFile;

namespace WrotaCelne.SigningTests;

/// <summary>Self-signed test certificates exported to password-protected PKCS#12 and opened through the key-file provider.</summary>
internal static class TestKeys
{
    public const string Password = "Hasło-testowe-1";

    public static readonly KeyFileSigningProvider Provider = new();

    private static readonly Lazy<byte[]> Rsa2048File = new(() => Pkcs12(Rsa(2048)));
    private static readonly Lazy<byte[]> Rsa3072File = new(() => Pkcs12(Rsa(3072)));
    private static readonly Lazy<byte[]> EcP256File = new(() => Pkcs12(Ec(ECCurve.NamedCurves.nistP256)));
    private static readonly Lazy<byte[]> EcP384File = new(() => Pkcs12(Ec(ECCurve.NamedCurves.nistP384)));

    public static byte[] Rsa2048 => Rsa2048File.Value;

    public static byte[] Rsa3072 => Rsa3072File.Value;

    public static byte[] EcP256 => EcP256File.Value;

    public static byte[] EcP384 => EcP384File.Value;

    public static ISigningKey Open(byte[] pkcs12)
    {
        var result = Provider.OpenKey(Request(pkcs12, Password));
        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Code + ": " + e.Message)));
        return result.Value!;
    }

    public static SigningKeyRequest Request(byte[] pkcs12, string? password) =>
        new(new Dictionary<string, string>(), pkcs12, password);

    public static X509Certificate2 Rsa(int bits)
    {
        using var key = RSA.Create(bits);
        var request = new CertificateRequest($"CN=Agencja Celna Test RSA {bits}, O=Wrota Celne Test, C=PL", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = Create(request, X509SignatureGenerator.CreateForRSA(key, RSASignaturePadding.Pkcs1));
        return certificate.CopyWithPrivateKey(key);
    }

    public static X509Certificate2 Ec(ECCurve curve)
    {
        using var key = ECDsa.Create(curve);
        var request = new CertificateRequest($"CN=Agencja Celna Test EC {curve.Oid.FriendlyName}, O=Wrota Celne Test, C=PL", key, HashAlgorithmName.SHA256);
        using var certificate = Create(request, X509SignatureGenerator.CreateForECDsa(key));
        return certificate.CopyWithPrivateKey(key);
    }

    public static byte[] Pkcs12(X509Certificate2 certificate, string? password = Password)
    {
        using (certificate)
        {
            return certificate.Export(X509ContentType.Pkcs12, password);
        }
    }

    private static X509Certificate2 Create(CertificateRequest request, X509SignatureGenerator generator)
    {
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        var now = DateTimeOffset.UtcNow;
        // The top bit set makes the DER INTEGER need a leading zero, which IssuerSerialV2 must carry too.
        var serial = new byte[] { 0x9F, 0x12, 0x34, 0x56, 0x78, 0x9A, 0xBC };
        return request.Create(request.SubjectName, generator, now.AddDays(-1), now.AddYears(1), serial);
    }
}
