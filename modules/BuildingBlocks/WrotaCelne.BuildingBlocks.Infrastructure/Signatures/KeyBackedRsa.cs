using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using WrotaCelne.Plugins.Abstractions.Signing;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

/// <summary>An RSA key SignedXml can sign with whose private half stays in the <see cref="ISigningKey"/>.</summary>
internal sealed class KeyBackedRsa : RSA
{
    private readonly ISigningKey key;
    private readonly RSAParameters publicParameters;

    public KeyBackedRsa(ISigningKey key)
    {
        this.key = key;
        using var publicKey = key.Certificate.GetRSAPublicKey()
            ?? throw new CryptographicException("The signing certificate has no RSA public key.");
        publicParameters = publicKey.ExportParameters(includePrivateParameters: false);
        KeySizeValue = publicKey.KeySize;
        LegalKeySizesValue = [new KeySizes(KeySizeValue, KeySizeValue, 0)];
    }

    public override byte[] SignHash(byte[] hash, HashAlgorithmName hashAlgorithm, RSASignaturePadding padding) =>
        hashAlgorithm == HashAlgorithmName.SHA256 && padding == RSASignaturePadding.Pkcs1
            ? SigningKeyFailedException.SignOrThrow(key, hash)
            : throw new CryptographicException("Only RSA PKCS#1 v1.5 with SHA-256 is signed.");

    public override RSAParameters ExportParameters(bool includePrivateParameters) =>
        includePrivateParameters ? throw new CryptographicException("The private key stays with the signing provider.") : publicParameters;

    public override void ImportParameters(RSAParameters parameters) =>
        throw new NotSupportedException("The key comes from the signing provider.");
}
