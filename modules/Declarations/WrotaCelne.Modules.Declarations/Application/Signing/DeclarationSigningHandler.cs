using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Declarations.Contracts.Signing;
using WrotaCelne.Modules.Declarations.Domain;
using WrotaCelne.Modules.Declarations.Domain.Signing;

namespace WrotaCelne.Modules.Declarations.Application.Signing;

/// <summary>
/// Signs declarations and test messages through <see cref="DeclarationSigner"/> and audits them; returns signed drafts to draft; lists signatures.
/// </summary>
internal sealed class DeclarationSigningHandler(IDeclarationsData data, DeclarationSigner signer, SigningAudit audit, TimeProvider clock)
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
        var credential = await signer.UsableCredentialAsync(command.Caller, command.Actor, command.CredentialId, cancellationToken);
        var signature = await signer.SignAsync(declaration, credential, command.Secret, command.Actor, cancellationToken);
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

        var credential = await signer.UsableCredentialAsync(command.Caller, command.Actor, command.CredentialId, cancellationToken);
        var now = clock.GetUtcNow();
        var sample = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"<TestMessage xmlns=\"urn:wrotacelne:signing-test\"><Credential>{credential.Id}</Credential><PreparedAt>{now:O}</PreparedAt></TestMessage>"));
        var (signed, method, digest) = signer.Sign(credential, command.Secret, sample, now);
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
}
