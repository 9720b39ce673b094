using System.Security.Cryptography;
using WrotaCelne.Plugins.Abstractions.Signing;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

/// <summary>
/// SignedXml knows RSA and DSA only; this teaches it ecdsa-sha256 (RFC 4051) through CryptoConfig, with the
/// signature as r||s as XML-DSig 1.1 requires. Public only because CryptoConfig takes public types alone.
/// </summary>
public sealed class EcdsaSha256SignatureDescription : SignatureDescription
{
    private static readonly Lazy<bool> Registration = new(() =>
    {
        CryptoConfig.AddAlgorithm(typeof(EcdsaSha256SignatureDescription), SignatureMethods.EcdsaSha256);
        return true;
    });

    public EcdsaSha256SignatureDescription()
    {
        KeyAlgorithm = typeof(ECDsa).AssemblyQualifiedName;
        DigestAlgorithm = typeof(SHA256).AssemblyQualifiedName;
    }

    internal static void EnsureRegistered() => _ = Registration.Value;

    public override HashAlgorithm CreateDigest() => SHA256.Create();

    public override AsymmetricSignatureFormatter CreateFormatter(AsymmetricAlgorithm key) => new Formatter((ECDsa)key);

    public override AsymmetricSignatureDeformatter CreateDeformatter(AsymmetricAlgorithm key) => new Deformatter((ECDsa)key);

    private sealed class Formatter(ECDsa key) : AsymmetricSignatureFormatter
    {
        public override byte[] CreateSignature(byte[] rgbHash) => key.SignHash(rgbHash);

        // The description fixes the digest to SHA-256.
        public override void SetHashAlgorithm(string strName)
        {
        }

        public override void SetKey(AsymmetricAlgorithm key) => throw new NotSupportedException();
    }

    private sealed class Deformatter(ECDsa key) : AsymmetricSignatureDeformatter
    {
        public override bool VerifySignature(byte[] rgbHash, byte[] rgbSignature) => key.VerifyHash(rgbHash, rgbSignature);

        // The description fixes the digest to SHA-256.
        public override void SetHashAlgorithm(string strName)
        {
        }

        public override void SetKey(AsymmetricAlgorithm key) => throw new NotSupportedException();
    }
}
