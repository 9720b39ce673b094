using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace WrotaCelne.Pkcs11Tests;

/// <summary>A key pair made in .NET with its self-signed certificate, to be imported into the token.</summary>
public sealed record TestKey(string Label, byte[] Id, AsymmetricAlgorithm PrivateKey, X509Certificate2 Certificate)
{
    public static TestKey Rsa(string label, byte id)
    {
        var rsa = RSA.Create(2048);
        var request = new CertificateRequest($"CN={label}, O=Wrota Celne tests", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return new TestKey(label, [id], rsa, SelfSigned(request));
    }

    public static TestKey EcP256(string label, byte id)
    {
        var ec = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var request = new CertificateRequest($"CN={label}, O=Wrota Celne tests", ec, HashAlgorithmName.SHA256);
        return new TestKey(label, [id], ec, SelfSigned(request));
    }

    /// <summary>This key's label and id with another key's certificate, to stand for a token set up wrongly.</summary>
    public TestKey WithCertificateOf(TestKey other) => this with { Certificate = other.Certificate };

    private static X509Certificate2 SelfSigned(CertificateRequest request)
    {
        var now = DateTimeOffset.UtcNow;
        using var withKey = request.CreateSelfSigned(now.AddMinutes(-5), now.AddDays(30));
        return X509CertificateLoader.LoadCertificate(withKey.RawData);
    }
}
