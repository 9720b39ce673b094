namespace WrotaCelne.Modules.Declarations.Domain.Signing;

/// <summary>
/// The audit of one signature: who signed what, with which credential and certificate, and the digests that bind
/// the record to the signed message. Append-only; kept after the credential is removed.
/// </summary>
internal sealed class DeclarationSignature
{
    private DeclarationSignature()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    /// <summary>Null for a test signature made from the credentials page.</summary>
    public Guid? DeclarationId { get; private set; }

    /// <summary>The signed message kept in <see cref="DeclarationMessage"/>; null for a test signature.</summary>
    public Guid? MessageId { get; private set; }

    public string MessageType { get; private set; } = "";

    public Guid CredentialId { get; private set; }

    public string CredentialName { get; private set; } = "";

    public string CertificateSubject { get; private set; } = "";

    public string CertificateThumbprint { get; private set; } = "";

    public string SignatureMethod { get; private set; } = "";

    public Guid SignedById { get; private set; }

    public string SignedBy { get; private set; } = "";

    public DateTime SignedAtUtc { get; private set; }

    /// <summary>Base64 SHA-256 of the signed content as the signature's reference holds it.</summary>
    public string ContentDigest { get; private set; } = "";

    /// <summary>Upper-case hex SHA-256 of the whole signed message as stored.</summary>
    public string MessageSha256 { get; private set; } = "";

    public static DeclarationSignature Record(
        SigningCredential credential, Guid? declarationId, Guid? messageId, string messageType, string signatureMethod, BuildingBlocks.Actor actor, DateTime signedAtUtc, string contentDigest, string messageSha256) => new()
    {
        Id = Guid.NewGuid(),
        OrganizationId = credential.OrganizationId,
        DeclarationId = declarationId,
        MessageId = messageId,
        MessageType = messageType,
        CredentialId = credential.Id,
        CredentialName = credential.Name,
        CertificateSubject = credential.Subject,
        CertificateThumbprint = credential.Thumbprint,
        SignatureMethod = signatureMethod,
        SignedById = actor.UserId,
        SignedBy = actor.Name,
        SignedAtUtc = signedAtUtc,
        ContentDigest = contentDigest,
        MessageSha256 = messageSha256,
    };
}
