using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Declarations.Application.Signing;
using WrotaCelne.Modules.Declarations.Contracts.Exchange;
using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.Modules.Declarations.Application.Exchange;

/// <summary>Sending declarations (sign if needed, queue with the outbox row in one transaction) and their exchange with the gateway.</summary>
internal sealed class SubmissionHandler(IDeclarationsData data, DeclarationSigner signer, SigningAudit audit, TimeProvider clock)
    : ICommandHandler<SubmitDeclaration, SubmissionDto>,
      ICommandHandler<ResendDeclaration, SubmissionDto>,
      IQueryHandler<ListDeclarationMessages, IReadOnlyList<ExchangeMessageDto>>,
      IQueryHandler<GetExchangeMessage, MessageFileDto>
{
    public async Task<SubmissionDto> HandleAsync(SubmitDeclaration command, CancellationToken cancellationToken)
    {
        var declaration = await FindAsync(command.Caller, command.DeclarationId, cancellationToken);
        Domain.Signing.DeclarationSignature? signature = null;
        if (declaration.Status == DeclarationStatus.Draft)
        {
            var credential = await signer.UsableCredentialAsync(command.Caller, command.Actor, command.CredentialId ?? Guid.Empty, cancellationToken);
            signature = await signer.SignAsync(declaration, credential, command.Secret, command.Actor, cancellationToken);
        }

        var messageId = signature?.MessageId ?? await data.Signatures.AsNoTracking()
            .Where(s => s.DeclarationId == declaration.Id && s.MessageId != null)
            .OrderByDescending(s => s.SignedAtUtc)
            .Select(s => s.MessageId)
            .FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        declaration.MarkQueued(command.Actor, now); // refuses anything but a signed declaration
        var message = data.Messages.Local.SingleOrDefault(m => m.Id == messageId)
            ?? await data.Messages.SingleAsync(m => m.Id == messageId && m.DeclarationId == declaration.Id, cancellationToken);
        data.Submissions.Add(Submission.Queue(declaration, message, now));
        await data.SaveChangesAsync(cancellationToken); // the state change and the outbox row commit together
        if (signature is not null)
        {
            await audit.SignatureAsync(signature, declaration.Lrn, cancellationToken);
        }

        return new SubmissionDto(declaration.Id, declaration.Lrn, declaration.Status.ToString());
    }

    public async Task<SubmissionDto> HandleAsync(ResendDeclaration command, CancellationToken cancellationToken)
    {
        var declaration = await FindAsync(command.Caller, command.DeclarationId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        declaration.Requeue(now);
        var submission = await data.Submissions.Where(s => s.DeclarationId == declaration.Id).OrderByDescending(s => s.CreatedAtUtc).FirstAsync(cancellationToken);
        submission.Retry(now);
        await data.SaveChangesAsync(cancellationToken);
        return new SubmissionDto(declaration.Id, declaration.Lrn, declaration.Status.ToString());
    }

    public async Task<IReadOnlyList<ExchangeMessageDto>> HandleAsync(ListDeclarationMessages query, CancellationToken cancellationToken)
    {
        var declaration = await data.Declarations.AsNoTracking().WithinReachOf(query.Caller).SingleOrDefaultAsync(d => d.Id == query.DeclarationId, cancellationToken)
            ?? throw new NotFoundException("The declaration");
        var messages = await data.Messages.AsNoTracking()
            .Where(m => m.DeclarationId == declaration.Id && m.OrganizationId == declaration.OrganizationId)
            .Select(m => new { m.Id, m.Direction, m.MessageType, m.FileName, m.Meaning, m.CreatedAtUtc, m.Notes })
            .ToListAsync(cancellationToken);
        return messages.OrderBy(m => m.CreatedAtUtc)
            .Select(m => new ExchangeMessageDto(
                m.Id,
                m.Direction == MessageDirection.Outbound ? "out" : "in",
                m.MessageType,
                m.FileName,
                m.Meaning,
                m.CreatedAtUtc,
                m.Notes is null ? [] : JsonSerializer.Deserialize<List<ExchangeErrorDto>>(m.Notes, JsonSerializerOptions.Web) ?? []))
            .ToList();
    }

    public async Task<MessageFileDto> HandleAsync(GetExchangeMessage query, CancellationToken cancellationToken)
    {
        var declaration = await data.Declarations.AsNoTracking().WithinReachOf(query.Caller).SingleOrDefaultAsync(d => d.Id == query.DeclarationId, cancellationToken)
            ?? throw new NotFoundException("The declaration");
        var message = await data.Messages.AsNoTracking().SingleOrDefaultAsync(m => m.Id == query.MessageId && m.DeclarationId == declaration.Id, cancellationToken)
            ?? throw new NotFoundException("The message");
        return new MessageFileDto(message.FileName, message.Content);
    }

    private async Task<Declaration> FindAsync(CallerScope caller, Guid id, CancellationToken cancellationToken) =>
        await data.Declarations.WithinReachOf(caller).SingleOrDefaultAsync(d => d.Id == id, cancellationToken)
        ?? throw new NotFoundException("The declaration");
}
