using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Audit;
using WrotaCelne.Modules.Declarations.Domain.Signing;

namespace WrotaCelne.Modules.Declarations.Application.Signing;

/// <summary>
/// Credential changes and signatures go to the organization's audit log (Dziennik zdarzeń); each signature is also
/// kept as a <see cref="DeclarationSignature"/> next to the message it signed.
/// </summary>
internal sealed class SigningAudit(IAccountsModule accounts)
{
    public Task CredentialAsync(SigningCredential credential, string action, string details, CancellationToken cancellationToken) =>
        accounts.ExecuteCommandAsync(new RecordOrganizationAudit(credential.OrganizationId, action, details), cancellationToken);

    public Task SignatureAsync(DeclarationSignature signature, string? lrn, CancellationToken cancellationToken) =>
        accounts.ExecuteCommandAsync(
            new RecordOrganizationAudit(
                signature.OrganizationId,
                signature.DeclarationId is null ? "signing.test-signature" : "signing.signature",
                $"{(lrn is null ? "Test message" : $"{signature.MessageType} of {lrn}")} signed with \"{signature.CredentialName}\" ({signature.CertificateSubject}, SHA-256 {signature.CertificateThumbprint[..16]}…); content digest {signature.ContentDigest}."),
            cancellationToken);
}
