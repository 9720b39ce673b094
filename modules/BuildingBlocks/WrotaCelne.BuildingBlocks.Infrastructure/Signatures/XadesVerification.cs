using System.Security.Cryptography.X509Certificates;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Signatures;

/// <summary>
/// The outcome of verifying a XAdES-BES signature. The certificate, the signing time and the digest are what the
/// signature claims; they are proven only when <see cref="IsValid"/> is true. Whether the certificate is trusted
/// (chain, revocation, who it belongs to) is for the caller to decide.
/// </summary>
/// <param name="Problems">Why the signature was refused; empty when it is valid.</param>
/// <param name="SignerCertificate">The KeyInfo certificate that SigningCertificateV2 names.</param>
/// <param name="SigningTime">The signed SigningTime.</param>
/// <param name="SignedContentDigest">The SHA-256 digest of the signed document (exclusive canonical form, signature removed).</param>
public sealed record XadesVerification(
    IReadOnlyList<SignatureProblem> Problems,
    X509Certificate2? SignerCertificate,
    DateTimeOffset? SigningTime,
    byte[]? SignedContentDigest)
{
    public bool IsValid => Problems.Count == 0;
}
