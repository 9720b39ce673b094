using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Contracts.Signing;

/// <summary>
/// A signing credential of the organization. Key files and secrets never leave the server; <paramref name="Status"/> is
/// <c>valid</c>, <c>expiring</c> (30 days or fewer left), <c>expired</c> or <c>not-yet-valid</c>.
/// </summary>
/// <param name="Kind"><c>key-file</c> or <c>pkcs11</c>.</param>
/// <param name="Thumbprint">SHA-256 of the certificate, hex.</param>
/// <param name="SecretStored">False when the PIN is entered at each signature.</param>
/// <param name="AllowedUserIds">Empty: everyone who may sign; otherwise only these users.</param>
/// <param name="Settings">The provider's settings (PKCS#11: module, tokenLabel, keyLabel).</param>
public sealed record SigningCredentialDto(
    Guid Id,
    string Name,
    string Kind,
    string Provider,
    string Subject,
    string Issuer,
    string SerialNumber,
    string Thumbprint,
    DateTime NotBeforeUtc,
    DateTime NotAfterUtc,
    int DaysLeft,
    string Status,
    bool SecretStored,
    IReadOnlyList<Guid> AllowedUserIds,
    IReadOnlyDictionary<string, string> Settings,
    DateTime CreatedAtUtc,
    string CreatedBy,
    DateTime UpdatedAtUtc);

/// <summary>The organization's signing credentials; <paramref name="UsableBy"/> narrows to those that user may sign with.</summary>
public sealed record ListSigningCredentials(CallerScope Caller, Guid? UsableBy = null) : IQuery<IReadOnlyList<SigningCredentialDto>>;

public sealed record GetSigningCredential(CallerScope Caller, Guid CredentialId) : IQuery<SigningCredentialDto>;

/// <summary>Adds a PKCS#12 key file (.p12/.pfx) with its password; both are stored encrypted at rest.</summary>
public sealed record AddKeyFileCredential(CallerScope Caller, Actor Actor, string Name, ReadOnlyMemory<byte> KeyFile, string? Password, IReadOnlyList<Guid>? AllowedUserIds = null)
    : ICommand<SigningCredentialDto>
{
    /// <summary>A PKCS#12 file with a key and its chain is a few kilobytes; anything this large is not one.</summary>
    public const int MaxBytes = 256 * 1024;
}

/// <summary>Replaces a key file credential's key (a renewed certificate) keeping its name, users and history.</summary>
public sealed record ReplaceKeyFile(CallerScope Caller, Actor Actor, Guid CredentialId, ReadOnlyMemory<byte> KeyFile, string? Password) : ICommand<SigningCredentialDto>;

/// <summary>
/// Adds a key on a smart card or HSM: one of the PKCS#11 modules the operator allowed (by its name), the token and
/// key labels, and the PIN, which opens the key once to read its certificate and is then stored encrypted when
/// <paramref name="KeepPin"/>, or asked for at each signature.
/// </summary>
public sealed record AddPkcs11Credential(CallerScope Caller, Actor Actor, string Name, string Module, string TokenLabel, string KeyLabel, string? Pin, bool KeepPin, IReadOnlyList<Guid>? AllowedUserIds = null)
    : ICommand<SigningCredentialDto>;

/// <summary>Renames a credential and sets who may sign with it (empty: everyone who may sign).</summary>
public sealed record UpdateSigningCredential(CallerScope Caller, Actor Actor, Guid CredentialId, string Name, IReadOnlyList<Guid>? AllowedUserIds) : ICommand<SigningCredentialDto>;

/// <summary>Removes a credential and its encrypted key; the audit of its signatures stays.</summary>
public sealed record RemoveSigningCredential(CallerScope Caller, Actor Actor, Guid CredentialId) : ICommand<bool>;

/// <summary>The PKCS#11 modules the operator allowed on this install, by name.</summary>
public sealed record ListPkcs11Modules : IQuery<IReadOnlyList<string>>;
