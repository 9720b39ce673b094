using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.BuildingBlocks.Infrastructure.Display;
using WrotaCelne.BuildingBlocks.Infrastructure.Signatures;
using WrotaCelne.Modules.Declarations.Contracts.Signing;
using WrotaCelne.Modules.Declarations.Domain;
using WrotaCelne.Modules.Declarations.Domain.Signing;
using WrotaCelne.Modules.Declarations.Domain.Validation;
using WrotaCelne.Plugins.Abstractions.Formats;
using WrotaCelne.Plugins.Abstractions.Signing;

namespace WrotaCelne.Modules.Declarations.Application.Signing;

/// <summary>
/// Signs declarations and test messages: only with a credential of the caller's organization the caller may use, only
/// a draft the rules accept, and every signature is checked by the platform's verifier before it is kept and audited.
/// </summary>
internal sealed class DeclarationSigningHandler(
    IDeclarationsData data, SigningKeys keys, FormatPlugins formats, DeclarationValidator validator, SigningAudit audit, TimeProvider clock)
    : ICommandHandler<SignDeclaration, SignatureDto>,
      ICommandHandler<TestSign, SignatureDto>,
      ICommandHandler<ReturnToDraft, bool>,
      IQueryHandler<ListDeclarationSignatures, IReadOnlyList<SignatureDto>>,
      IQueryHandler<GetSignedMessage, SignedMessageDto>
{
    public async Task<SignatureDto> HandleAsync(SignDeclaration command, CancellationToken cancellationToken)
    {
        var declaration = await data.Declarations.WithinReachOf(command.Caller).SingleOrDefaultAsync(d => d.Id == command.DeclarationId, cancellationToken)
            ?? throw new NotFoundException("The declaration");
        var credential = await UsableCredentialAsync(command.Caller, command.Actor, command.CredentialId, cancellationToken);
        if (!declaration.IsEditable)
        {
            declaration.MarkSigned(command.Actor, clock.GetUtcNow().UtcDateTime); // refuses with the reason
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
        var (signed, method, digest) = Sign(credential, command.Secret, message.Content, now);
        var stored = DeclarationMessage.Outbound(declaration, message.MessageType, message.TargetSystem, message.FileName, signed, now.UtcDateTime);
        var signature = DeclarationSignature.Record(credential, declaration.Id, stored.Id, message.MessageType, method, command.Actor, now.UtcDateTime, digest, stored.Sha256);
        declaration.MarkSigned(command.Actor, now.UtcDateTime);
        data.Messages.Add(stored);
        data.Signatures.Add(signature);
        data.Revisions.Add(DeclarationRevision.Record(declaration, command.Actor, RevisionKind.Signed, $"{credential.Name} ({credential.Subject})", [], now.UtcDateTime));
        await data.SaveChangesAsync(cancellationToken);
        await audit.SignatureAsync(signature, declaration.Lrn, cancellationToken);
        return CredentialMapping.ToDto(signature, current: true);
    }

    public async Task<SignatureDto> HandleAsync(TestSign command, CancellationToken cancellationToken)
    {
        if (!await data.SigningCredentials.AnyAsync(c => c.Id == command.CredentialId && c.OrganizationId == command.Caller.OrganizationId, cancellationToken))
        {
            throw new NotFoundException("The signing credential"); // its id is in the address, as for every other credential call
        }

        var credential = await UsableCredentialAsync(command.Caller, command.Actor, command.CredentialId, cancellationToken);
        var now = clock.GetUtcNow();
        var sample = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"<TestMessage xmlns=\"urn:wrotacelne:signing-test\"><Credential>{credential.Id}</Credential><PreparedAt>{now:O}</PreparedAt></TestMessage>"));
        var (signed, method, digest) = Sign(credential, command.Secret, sample, now);
        var signature = DeclarationSignature.Record(credential, null, null, "test", method, command.Actor, now.UtcDateTime, digest, Convert.ToHexString(SHA256.HashData(signed)));
        data.Signatures.Add(signature);
        await data.SaveChangesAsync(cancellationToken);
        await audit.SignatureAsync(signature, null, cancellationToken);
        return CredentialMapping.ToDto(signature, current: false);
    }

    public async Task<bool> HandleAsync(ReturnToDraft command, CancellationToken cancellationToken)
    {
        var declaration = await data.Declarations.WithinReachOf(command.Caller).SingleOrDefaultAsync(d => d.Id == command.DeclarationId, cancellationToken)
            ?? throw new NotFoundException("The declaration");
        var now = clock.GetUtcNow().UtcDateTime;
        declaration.ReturnToDraft(command.Actor, now);
        data.Revisions.Add(DeclarationRevision.Record(declaration, command.Actor, RevisionKind.ReturnedToDraft, null, [], now));
        await data.SaveChangesAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<SignatureDto>> HandleAsync(ListDeclarationSignatures query, CancellationToken cancellationToken)
    {
        var declaration = await data.Declarations.AsNoTracking().WithinReachOf(query.Caller).SingleOrDefaultAsync(d => d.Id == query.DeclarationId, cancellationToken)
            ?? throw new NotFoundException("The declaration");
        var signatures = await data.Signatures.AsNoTracking().Where(s => s.DeclarationId == declaration.Id && s.OrganizationId == declaration.OrganizationId).ToListAsync(cancellationToken);
        var ordered = signatures.OrderByDescending(s => s.SignedAtUtc).ToList();
        return ordered.Select((s, i) => CredentialMapping.ToDto(s, current: i == 0 && declaration.Status == DeclarationStatus.Signed)).ToList();
    }

    public async Task<SignedMessageDto> HandleAsync(GetSignedMessage query, CancellationToken cancellationToken)
    {
        var declaration = await data.Declarations.AsNoTracking().WithinReachOf(query.Caller).SingleOrDefaultAsync(d => d.Id == query.DeclarationId, cancellationToken)
            ?? throw new NotFoundException("The declaration");
        var messageId = await data.Signatures.AsNoTracking().Where(s => s.Id == query.SignatureId && s.DeclarationId == declaration.Id).Select(s => s.MessageId).SingleOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("The signature");
        var message = await data.Messages.AsNoTracking().SingleAsync(m => m.Id == messageId && m.DeclarationId == declaration.Id, cancellationToken);
        return new SignedMessageDto(message.FileName, message.Content);
    }

    private async Task<SigningCredential> UsableCredentialAsync(CallerScope caller, Actor actor, Guid credentialId, CancellationToken cancellationToken)
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

    private async Task RefuseInvalidAsync(Plugins.Abstractions.Declarations.CustomsDeclaration document, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var findings = await validator.ValidateAsync(document, WarsawTime.Date(nowUtc), CultureInfo.CurrentUICulture, cancellationToken);
        var errors = findings.Where(f => f.Severity == ValidationSeverity.Error).Select(f => new FieldError(f.Path, f.Rule, f.Message)).ToList();
        if (errors.Count > 0)
        {
            throw new InvalidInputException(errors);
        }
    }

    private (byte[] Signed, string Method, string ContentDigest) Sign(SigningCredential credential, string? secret, byte[] content, DateTimeOffset now)
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
}
