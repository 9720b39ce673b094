using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Contracts.Exchange;

/// <summary>
/// Documents the gateway delivered that match none of the organization's declarations (unreadable, a signature that
/// does not verify, an LRN or MRN the organization does not have), newest first; reviewed ones only when asked.
/// They are not tied to a branch, so a caller limited to branches sees none.
/// </summary>
public sealed record ListUnmatchedDocuments(CallerScope Caller, bool IncludeReviewed) : IQuery<UnmatchedDocumentsDto>;

/// <summary>One unmatched document, byte for byte.</summary>
public sealed record GetUnmatchedDocument(CallerScope Caller, Guid MessageId) : IQuery<MessageFileDto>;

/// <summary>Marks an unmatched document as dealt with (it leaves the default list; the first reviewer is kept).</summary>
public sealed record ReviewUnmatchedDocument(CallerScope Caller, Actor Actor, Guid MessageId) : ICommand<UnmatchedDocumentDto>;

/// <param name="Documents">At most <see cref="Limit"/>, newest first.</param>
/// <param name="NotReviewed">How many are waiting for a person, in all.</param>
public sealed record UnmatchedDocumentsDto(IReadOnlyList<UnmatchedDocumentDto> Documents, int NotReviewed)
{
    public const int Limit = 200;
}

/// <param name="Meaning">What the document said when it could be read (<c>Released</c>, ...); null when it could not.</param>
/// <param name="Problem">Why no declaration took it, as the platform logged it.</param>
public sealed record UnmatchedDocumentDto(
    Guid Id, DateTime ReceivedAtUtc, string MessageType, string FileName, string? GatewayId, string? Meaning, string Problem, int Size, DateTime? ReviewedAtUtc, string? ReviewedBy);
