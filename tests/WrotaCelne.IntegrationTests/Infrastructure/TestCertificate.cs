using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace WrotaCelne.IntegrationTests.Infrastructure;

/// <summary>A self-signed certificate for 127.0.0.1, made once per test run: the test hosts serve real HTTPS (the session cookie is <c>__Host-</c>, Secure).</summary>
internal static class TestCertificate
{
    private static readonly Lazy<(string Path, string Password, string Thumbprint)> Value = new(Create);

    public static string Path => Value.Value.Path;

    public static string Password => Value.Value.Password;

    public static bool IsOurs(X509Certificate2? certificate) => certificate?.Thumbprint == Value.Value.Thumbprint;

    private static (string, string, string) Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new System.Security.Cryptography.Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        var path = System.IO.Path.Combine(TempDirectory.Create("certificate"), "loopback.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return (path, password, certificate.Thumbprint);
    }
}
