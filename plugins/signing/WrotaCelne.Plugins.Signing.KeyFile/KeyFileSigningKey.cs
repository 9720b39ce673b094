using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using WrotaCelne.Plugins.Abstractions.Signing;

namespace WrotaCelne.Plugins.Signing.KeyFile;

/// <summary>A key opened from a key file; it lives only in memory (ephemeral key set) until disposed.</summary>
internal sealed class KeyFileSigningKey(X509Certificate2 certificate, string signatureMethod, AsymmetricAlgorithm privateKey) : ISigningKey
{
    private const int Sha256Length = 32;
    private bool disposed;

    public X509Certificate2 Certificate { get; } = certificate;

    public string SignatureMethod { get; } = signatureMethod;

    public SigningResult<byte[]> SignDigest(ReadOnlyMemory<byte> sha256Digest)
    {
        if (disposed)
        {
            return Failure(SigningProblemCodes.DeviceError, "The key was closed.");
        }

        if (sha256Digest.Length != Sha256Length)
        {
            return Failure(SigningProblemCodes.NotSupported, $"Only SHA-256 digests ({Sha256Length} bytes) are signed, not {sha256Digest.Length} bytes.");
        }

        try
        {
            var signature = privateKey switch
            {
                RSA rsa => rsa.SignHash(sha256Digest.Span, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
                ECDsa ecdsa => ecdsa.SignHash(sha256Digest.Span, DSASignatureFormat.IeeeP1363FixedFieldConcatenation),
                _ => null,
            };
            return signature is null
                ? Failure(SigningProblemCodes.UnsupportedKey, "The key is neither RSA nor EC.")
                : SigningResult.Success(signature);
        }
        catch (CryptographicException)
        {
            return Failure(SigningProblemCodes.DeviceError, "The key could not sign the digest.");
        }
    }

    public void Dispose()
    {
        if (!disposed)
        {
            disposed = true;
            privateKey.Dispose();
            Certificate.Dispose();
        }
    }

    private static SigningResult<byte[]> Failure(string code, string message) =>
        SigningResult.Failure<byte[]>(new SigningProblem(code, message));
}
