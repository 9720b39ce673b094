using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Domain.Signing;

/// <summary>
/// A key the organization signs with: a key file kept encrypted, or a key on a smart card or HSM reached through a
/// PKCS#11 module the operator allowed. It belongs to the organization; when <see cref="AllowedUserIds"/> holds
/// anyone, only they may sign with it.
/// </summary>
internal sealed class SigningCredential
{
    public const int NameMaxLength = 100;

    private SigningCredential()
    {
    }

    public Guid Id { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string Name { get; private set; } = "";

    /// <summary>Id of the signing-provider plugin that opens the key.</summary>
    public string ProviderId { get; private set; } = "";

    public CredentialKind Kind { get; private set; }

    /// <summary>The key file, encrypted with the install's data-protection key ring (key files only).</summary>
    public byte[]? ProtectedKeyMaterial { get; private set; }

    /// <summary>The key file's password or the token's PIN, encrypted; null when the PIN is entered at each signature.</summary>
    public string? ProtectedSecret { get; private set; }

    /// <summary>The provider's settings (PKCS#11: module, tokenLabel, keyLabel); never secret.</summary>
    public Dictionary<string, string> Settings { get; private set; } = [];

    public byte[] Certificate { get; private set; } = [];

    public string Subject { get; private set; } = "";

    public string Issuer { get; private set; } = "";

    public string SerialNumber { get; private set; } = "";

    /// <summary>SHA-256 of the certificate, upper-case hex.</summary>
    public string Thumbprint { get; private set; } = "";

    public DateTime NotBeforeUtc { get; private set; }

    public DateTime NotAfterUtc { get; private set; }

    public List<Guid> AllowedUserIds { get; private set; } = [];

    public DateTime CreatedAtUtc { get; private set; }

    public string CreatedBy { get; private set; } = "";

    public DateTime UpdatedAtUtc { get; private set; }

    /// <summary>The smallest number of days ahead of expiry a warning was already sent for (30, then 7); null when none.</summary>
    public int? ExpiryWarnedAtDays { get; private set; }

    public bool SecretPerSignature => ProtectedSecret is null;

    public static SigningCredential Create(
        Guid organizationId, string name, string providerId, CredentialKind kind, IReadOnlyDictionary<string, string> settings, IReadOnlyList<Guid> allowedUserIds, Actor actor, DateTime nowUtc)
    {
        var credential = new SigningCredential
        {
            Id = Guid.NewGuid(),
            OrganizationId = organizationId,
            ProviderId = providerId,
            Kind = kind,
            Settings = new Dictionary<string, string>(settings, StringComparer.Ordinal),
            CreatedAtUtc = nowUtc,
            CreatedBy = actor.Name,
        };
        credential.Rename(name, allowedUserIds, nowUtc);
        return credential;
    }

    public static string? CheckName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? "credential.nameRequired" : name.Trim().Length > NameMaxLength ? "credential.nameTooLong" : null;

    public void Rename(string name, IReadOnlyList<Guid> allowedUserIds, DateTime nowUtc)
    {
        Name = name.Trim();
        AllowedUserIds = allowedUserIds.Distinct().ToList();
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>Takes a (new) key: its certificate, and the encrypted key file and secret.</summary>
    public void UseKey(X509Certificate2 certificate, byte[]? protectedKeyMaterial, string? protectedSecret, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(certificate);
        Certificate = certificate.RawData;
        Subject = certificate.Subject;
        Issuer = certificate.Issuer;
        SerialNumber = certificate.SerialNumber;
        Thumbprint = Convert.ToHexString(SHA256.HashData(certificate.RawData));
        NotBeforeUtc = certificate.NotBefore.ToUniversalTime();
        NotAfterUtc = certificate.NotAfter.ToUniversalTime();
        ProtectedKeyMaterial = protectedKeyMaterial;
        ProtectedSecret = protectedSecret;
        ExpiryWarnedAtDays = null;
        UpdatedAtUtc = nowUtc;
    }

    public bool MayBeUsedBy(Guid userId) => AllowedUserIds.Count == 0 || AllowedUserIds.Contains(userId);

    /// <summary>Whole days until the certificate expires (negative once expired).</summary>
    public int DaysLeft(DateTime nowUtc) => (int)Math.Floor((NotAfterUtc - nowUtc).TotalDays);

    /// <summary>The warning threshold (30 or 7 days) reached and not yet warned about, if any.</summary>
    public int? DueExpiryWarning(DateTime nowUtc)
    {
        var left = DaysLeft(nowUtc);
        if (left < 0)
        {
            return null;
        }

        var threshold = left <= 7 ? 7 : left <= 30 ? 30 : (int?)null;
        return threshold is { } t && (ExpiryWarnedAtDays is null || t < ExpiryWarnedAtDays) ? t : null;
    }

    public void MarkExpiryWarned(int thresholdDays) => ExpiryWarnedAtDays = thresholdDays;
}

internal enum CredentialKind
{
    KeyFile = 1,
    Pkcs11 = 2,
}
