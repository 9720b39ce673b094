using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace WrotaCelne.Benchmarks.Hosting;

/// <summary>A self-signed certificate for 127.0.0.1: the host serves real HTTPS (its cookies are <c>__Host-</c>, Secure), so every measured request is encrypted as in production.</summary>
internal sealed class LoopbackCertificate
{
    private LoopbackCertificate(string path, string password, string thumbprint)
    {
        Path = path;
        Password = password;
        Thumbprint = thumbprint;
    }

    public string Path { get; }

    public string Password { get; }

    public string Thumbprint { get; }

    public static LoopbackCertificate Create(string folder)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
        Directory.CreateDirectory(folder);
        var path = System.IO.Path.Combine(folder, "loopback.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, password));
        return new LoopbackCertificate(path, password, certificate.Thumbprint);
    }

    public bool IsOurs(X509Certificate? certificate) =>
        certificate is not null && string.Equals(certificate.GetCertHashString(), Thumbprint, StringComparison.OrdinalIgnoreCase);
}
