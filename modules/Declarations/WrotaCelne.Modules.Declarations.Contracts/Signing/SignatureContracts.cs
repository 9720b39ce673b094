using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Contracts.Signing;

/// <summary>Signs a small sample message with the credential and checks the signature, to prove key and secret work. Audited like any signature.</summary>
/// <param name="Secret">The PIN when the credential does not store it.</param>
public sealed record TestSign(CallerScope Caller, Actor Actor, Guid CredentialId, string? Secret) : ICommand<SignatureDto>;

/// <summary>
/// Validates a draft, makes its message with the format plugin, signs it with the credential (XAdES-BES) and keeps
/// the signed message; the declaration becomes signed and can no longer be edited until it is returned to draft.
/// </summary>
public sealed record SignDeclaration(CallerScope Caller, Actor Actor, Guid DeclarationId, Guid CredentialId, string? Secret) : ICommand<SignatureDto>;

/// <summary>A signed declaration that was not sent goes back to draft (its signature no longer counts).</summary>
public sealed record ReturnToDraft(CallerScope Caller, Actor Actor, Guid DeclarationId) : ICommand<bool>;

/// <summary>Every signature made on a declaration, newest first.</summary>
public sealed record ListDeclarationSignatures(CallerScope Caller, Guid DeclarationId) : IQuery<IReadOnlyList<SignatureDto>>;

/// <summary>The signed message of one of a declaration's signatures, byte for byte.</summary>
public sealed record GetSignedMessage(CallerScope Caller, Guid DeclarationId, Guid SignatureId) : IQuery<SignedMessageDto>;

/// <summary>One signature as audited.</summary>
/// <param name="ContentDigest">Base64 SHA-256 digest of the signed content, as in the signature.</param>
/// <param name="MessageSha256">Hex SHA-256 of the whole signed message as kept.</param>
/// <param name="Current">True for the signature a signed, not yet sent declaration carries now.</param>
public sealed record SignatureDto(
    Guid Id,
    Guid? DeclarationId,
    string MessageType,
    Guid CredentialId,
    string CredentialName,
    string CertificateSubject,
    string CertificateThumbprint,
    string SignatureMethod,
    string SignedBy,
    DateTime SignedAtUtc,
    string ContentDigest,
    string MessageSha256,
    bool Current);

public sealed record SignedMessageDto(string FileName, byte[] Content);
