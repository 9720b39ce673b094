using WrotaCelne.Modules.Declarations.Contracts.Signing;
using WrotaCelne.Modules.Declarations.Domain.Signing;

namespace WrotaCelne.Modules.Declarations.Application.Signing;

internal static class CredentialMapping
{
    public const int ExpiringDays = 30;

    public static SigningCredentialDto ToDto(SigningCredential c, DateTime nowUtc)
    {
        var daysLeft = c.DaysLeft(nowUtc);
        var status = c.NotAfterUtc <= nowUtc ? "expired" : c.NotBeforeUtc > nowUtc ? "not-yet-valid" : daysLeft <= ExpiringDays ? "expiring" : "valid";
        return new SigningCredentialDto(
            c.Id,
            c.Name,
            c.Kind == CredentialKind.KeyFile ? "key-file" : "pkcs11",
            c.ProviderId,
            c.Subject,
            c.Issuer,
            c.SerialNumber,
            c.Thumbprint,
            c.NotBeforeUtc,
            c.NotAfterUtc,
            daysLeft,
            status,
            !c.SecretPerSignature,
            c.AllowedUserIds,
            c.Settings,
            c.CreatedAtUtc,
            c.CreatedBy,
            c.UpdatedAtUtc);
    }

    public static SignatureDto ToDto(DeclarationSignature s, bool current) =>
        new(s.Id, s.DeclarationId, s.MessageType, s.CredentialId, s.CredentialName, s.CertificateSubject, s.CertificateThumbprint, s.SignatureMethod, s.SignedBy, s.SignedAtUtc, s.ContentDigest, s.MessageSha256, current);
}
