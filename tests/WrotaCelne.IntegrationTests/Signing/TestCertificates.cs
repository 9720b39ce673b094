using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace WrotaCelne.IntegrationTests.Signing;

/// <summary>Self-signed signing certificates made for a test, as PKCS#12 key files or as a key and certificate for a token.</summary>
internal static class TestCertificates
{
    public const string Password = "Hasło-pliku-1";

    public static X509Certificate2 Rsa(string name, TimeSpan validFor, DateTimeOffset? from = null)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}, O=Agencja Celna Test, C=PL", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, critical: true));
        var start = from ?? DateTimeOffset.UtcNow.AddDays(-1);
        using var certificate = request.Create(request.SubjectName, X509SignatureGenerator.CreateForRSA(key, RSASignaturePadding.Pkcs1), start, start + validFor, RandomNumberGenerator.GetBytes(12));
        return certificate.CopyWithPrivateKey(key);
    }

    public static byte[] KeyFile(X509Certificate2 certificate, string? password = Password) => certificate.Export(X509ContentType.Pkcs12, password);

    public static string Base64KeyFile(string name, TimeSpan validFor, out X509Certificate2 certificate)
    {
        certificate = Rsa(name, validFor);
        return Convert.ToBase64String(KeyFile(certificate));
    }

    public static string Sha256(X509Certificate2 certificate) => Convert.ToHexString(SHA256.HashData(certificate.RawData));
}
