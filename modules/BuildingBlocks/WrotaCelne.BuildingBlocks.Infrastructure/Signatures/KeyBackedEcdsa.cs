using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using WrotaCelne.Plugins.Abstractions.Signing;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

/// <summary>An ECDSA key SignedXml can sign with whose private half stays in the <see cref="ISigningKey"/>.</summary>
internal sealed class KeyBackedEcdsa : ECDsa
{
    private readonly ISigningKey key;

    public KeyBackedEcdsa(ISigningKey key)
    {
        this.key = key;
        using var publicKey = key.Certificate.GetECDsaPublicKey()
            ?? throw new CryptographicException("The signing certificate has no EC public key.");
        KeySizeValue = publicKey.KeySize;
        LegalKeySizesValue = [new KeySizes(KeySizeValue, KeySizeValue, 0)];
    }

    // ECDsa.SignHash(byte[]) is defined as IEEE P1363 (r||s), the form ISigningKey returns.
    public override byte[] SignHash(byte[] hash) => SigningKeyFailedException.SignOrThrow(key, hash);

    public override bool VerifyHash(byte[] hash, byte[] signature) =>
        throw new NotSupportedException("Verification uses the certificate's public key.");
}
