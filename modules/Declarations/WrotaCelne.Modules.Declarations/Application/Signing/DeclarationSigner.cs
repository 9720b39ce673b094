using System.Globalization;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.BuildingBlocks.Infrastructure.Display;
using WrotaCelne.BuildingBlocks.Infrastructure.Signatures;
using WrotaCelne.Modules.Declarations.Domain;
using WrotaCelne.Modules.Declarations.Domain.Signing;
using WrotaCelne.Modules.Declarations.Domain.Validation;
using WrotaCelne.Plugins.Abstractions.Declarations;
using WrotaCelne.Plugins.Abstractions.Formats;

namespace WrotaCelne.Modules.Declarations.Application.Signing;

/// <summary>
/// Signs declarations: only with a credential of the caller's organization the caller may use, only a draft the rules
/// accept, and every signature is checked by the platform's verifier before it is kept. Adds what it makes to the
/// unit of work; the caller saves (alone, or with the submission in the same transaction).
/// </summary>
internal sealed class DeclarationSigner(IDeclarationsData data, SigningKeys keys, FormatPlugins formats, DeclarationValidator validator, TimeProvider clock)
{
    /// <summary>Validates, serializes and signs a draft; the declaration becomes signed, the message and signature are added.</summary>
    public async Task<DeclarationSignature> SignAsync(Declaration declaration, SigningCredential credential, string? secret, Actor actor, CancellationToken cancellationToken)
    {
        if (!declaration.IsEditable)
        {
            declaration.MarkSigned(actor, clock.GetUtcNow().UtcDateTime); // refuses with the reason
        }

        var document = declaration.Read();
        var now = clock.GetUtcNow();
        await RefuseInvalidAsync(document, now.UtcDateTime, cancellationToken);

        var messageType = DeclarationMessageTypes.Lodging(declaration.Family);
        var sender = DeclarationMessageTypes.Sender(document)
            ?? throw new InvalidInputException("parties.declarant.eori", "signing.noSender", "Give the declarant's (or holder's) EORI number: the message is sent in its name.");
        var header = new MessageHeader(sender, DeclarationMessageTypes.Recipient, "WC" + Guid.NewGuid().ToString("N")[..20].ToUpperInvariant(), now);
        var serialized = formats.Serialize(new OutboundRequest(messageType, document, header));
        if (!serialized.Result.Succeeded)
        {
            throw new InvalidInputException(serialized.Result.Errors.Select(e => new FieldError(e.Pointer ?? "document", "format." + e.Code, e.Message)).ToList());
        }

        var message = serialized.Result.Value!;
        var (signed, method, digest) = Sign(credential, secret, message.Content, now);
        var stored = DeclarationMessage.Outbound(declaration, message.MessageType, message.TargetSystem, message.FileName, signed, now.UtcDateTime);
        var signature = DeclarationSignature.Record(credential, declaration.Id, stored.Id, message.MessageType, method, actor, now.UtcDateTime, digest, stored.Sha256);
        declaration.MarkSigned(actor, now.UtcDateTime);
        data.Messages.Add(stored);
        data.Signatures.Add(signature);
        data.Revisions.Add(DeclarationRevision.Record(declaration, actor, RevisionKind.Signed, $"{credential.Name} ({credential.Subject})", [], now.UtcDateTime));
        return signature;
    }

    public async Task<SigningCredential> UsableCredentialAsync(CallerScope caller, Actor actor, Guid credentialId, CancellationToken cancellationToken)
    {
        var credential = await data.SigningCredentials.AsNoTracking().SingleOrDefaultAsync(c => c.Id == credentialId && c.OrganizationId == caller.OrganizationId, cancellationToken)
            ?? throw new InvalidInputException("credentialId", "signing.credentialUnknown", "Choose a signing credential of your organization.");
        if (!credential.MayBeUsedBy(actor.UserId))
        {
            throw SigningErrors.Invalid("credentialId", "signing.credentialNotYours", "\"{0}\" is limited to other users; ask an administrator.", credential.Name);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (credential.NotAfterUtc <= now)
        {
            throw SigningErrors.Invalid("credentialId", "signing.credentialExpired", "The certificate of \"{0}\" expired on {1:yyyy-MM-dd}; replace it.", credential.Name, credential.NotAfterUtc);
        }

        return credential;
    }

    /// <summary>Signs XML with the credential's key and verifies the result.</summary>
    public (byte[] Signed, string Method, string ContentDigest) Sign(SigningCredential credential, string? secret, byte[] content, DateTimeOffset now)
    {
        using var key = keys.Open(credential, secret);
        if (!string.Equals(Convert.ToHexString(SHA256.HashData(key.Certificate.RawData)), credential.Thumbprint, StringComparison.Ordinal))
        {
            throw new ConflictException("credentialId", "signing.certificateChanged", $"The key behind \"{credential.Name}\" now has another certificate ({key.Certificate.Subject}); add it as a credential again.");
        }

        var signed = XadesSigner.Sign(content, key, now);
        if (!signed.Succeeded)
        {
            throw SigningKeys.ToException(signed.Errors[0], credential.Kind, "secret");
        }

        var check = XadesVerifier.Verify(signed.Value!);
        if (!check.IsValid)
        {
            throw new ConflictException("credentialId", "signing.verificationFailed", $"The signature made with \"{credential.Name}\" does not verify: {check.Problems[0].Message}");
        }

        return (signed.Value!, key.SignatureMethod, Convert.ToBase64String(check.SignedContentDigest!));
    }

    private async Task RefuseInvalidAsync(CustomsDeclaration document, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var findings = await validator.ValidateAsync(document, WarsawTime.Date(nowUtc), CultureInfo.CurrentUICulture, cancellationToken);
        var errors = findings.Where(f => f.Severity == ValidationSeverity.Error).Select(f => new FieldError(f.Path, f.Rule, f.Message)).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }
    }
}
