using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Declarations.Contracts.Exchange;
using WrotaCelne.Modules.Declarations.Domain;

namespace WrotaCelne.Modules.Declarations.Application.Exchange;

/// <summary>The gateway's documents no declaration took: listed for a person, downloadable, marked as dealt with.</summary>
internal sealed class UnmatchedDocumentsHandler(IDeclarationsData data, TimeProvider clock)
    : IQueryHandler<ListUnmatchedDocuments, UnmatchedDocumentsDto>,
      IQueryHandler<GetUnmatchedDocument, MessageFileDto>,
      ICommandHandler<ReviewUnmatchedDocument, UnmatchedDocumentDto>
{
    public async Task<UnmatchedDocumentsDto> HandleAsync(ListUnmatchedDocuments query, CancellationToken cancellationToken)
    {
        if (query.Caller.IsLimitedToBranches)
        {
            return new UnmatchedDocumentsDto([], 0);
        }

        var unmatched = Unmatched(query.Caller);
        var notReviewed = await unmatched.CountAsync(m => m.ReviewedAtUtc == null, cancellationToken);
        var shown = query.IncludeReviewed ? unmatched : unmatched.Where(m => m.ReviewedAtUtc == null);
        var rows = await shown
            .OrderByDescending(m => m.CreatedAtUtc)
            .Take(UnmatchedDocumentsDto.Limit)
            .Select(m => new { m.Id, m.CreatedAtUtc, m.MessageType, m.FileName, m.GatewayId, m.Meaning, m.Problem, Size = m.Content.Length, m.ReviewedAtUtc, m.ReviewedBy })
            .ToListAsync(cancellationToken);
        return new UnmatchedDocumentsDto(
            rows.Select(m => new UnmatchedDocumentDto(m.Id, m.CreatedAtUtc, m.MessageType, m.FileName, m.GatewayId, m.Meaning, m.Problem ?? "", m.Size, m.ReviewedAtUtc, m.ReviewedBy)).ToList(),
            notReviewed);
    }

    public async Task<MessageFileDto> HandleAsync(GetUnmatchedDocument query, CancellationToken cancellationToken)
    {
        var message = await FindAsync(query.Caller, query.MessageId, cancellationToken);
        return new MessageFileDto(message.FileName, message.Content);
    }

    public async Task<UnmatchedDocumentDto> HandleAsync(ReviewUnmatchedDocument command, CancellationToken cancellationToken)
    {
        var message = await FindAsync(command.Caller, command.MessageId, cancellationToken);
        message.MarkReviewed(command.Actor, clock.GetUtcNow().UtcDateTime);
        await data.SaveChangesAsync(cancellationToken);
        return new UnmatchedDocumentDto(
            message.Id, message.CreatedAtUtc, message.MessageType, message.FileName, message.GatewayId, message.Meaning, message.Problem ?? "", message.Content.Length, message.ReviewedAtUtc, message.ReviewedBy);
    }

    private IQueryable<DeclarationMessage> Unmatched(CallerScope caller) =>
        data.Messages.Where(m => m.OrganizationId == caller.OrganizationId && m.DeclarationId == null && m.Direction == MessageDirection.Inbound && m.ProcessedAtUtc != null);

    private async Task<DeclarationMessage> FindAsync(CallerScope caller, Guid messageId, CancellationToken cancellationToken) =>
        caller.IsLimitedToBranches
            ? throw new NotFoundException("The document")
            : await Unmatched(caller).SingleOrDefaultAsync(m => m.Id == messageId, cancellationToken) ?? throw new NotFoundException("The document");
}
