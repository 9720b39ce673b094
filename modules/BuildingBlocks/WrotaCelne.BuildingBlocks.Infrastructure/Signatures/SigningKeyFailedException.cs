using System.Security.Cryptography;
using WrotaCelne.Plugins.Abstractions.Signing;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

/// <summary>Carries a signing key's error values out of SignedXml, which only knows exceptions; never leaves <see cref="XadesSigner"/>.</summary>
internal sealed class SigningKeyFailedException(IReadOnlyList<SigningProblem> problems)
    : CryptographicException("The signing key failed.")
{
    public IReadOnlyList<SigningProblem> Problems { get; } = problems;

    public static byte[] SignOrThrow(ISigningKey key, ReadOnlySpan<byte> hash)
    {
        var result = key.SignDigest(hash.ToArray());
        return result.Succeeded ? result.Value! : throw new SigningKeyFailedException(result.Errors);
    }
}
