using System.Security.Cryptography.X509Certificates;

namespace WrotaCelne.Plugins.Abstractions.Signing;

/// <summary>An open key: its certificate and the one operation the platform needs from it.</summary>
public interface ISigningKey : IDisposable
{
    /// <summary>The signer's certificate (public part only).</summary>
    X509Certificate2 Certificate { get; }

    /// <summary>The XML-DSig signature method, <see cref="SignatureMethods.RsaSha256"/> or <see cref="SignatureMethods.EcdsaSha256"/>.</summary>
    string SignatureMethod { get; }

    /// <summary>
    /// Signs a SHA-256 digest: RSA PKCS#1 v1.5, or ECDSA as r‖s (IEEE P1363, the form XML-DSig uses).
    /// Failures (a removed card, a locked PIN) are error values.
    /// </summary>
    SigningResult<byte[]> SignDigest(ReadOnlyMemory<byte> sha256Digest);
}
