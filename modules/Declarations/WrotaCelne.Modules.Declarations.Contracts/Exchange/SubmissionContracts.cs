using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Declarations.Contracts.Exchange;

/// <summary>
/// Sends a declaration to the gateway: a draft is validated and signed with <paramref name="CredentialId"/> first; a
/// signed one is sent as signed. The declaration is queued in the same transaction as its outbox row; the dispatcher
/// sends it, and the gateway's answers move it on.
/// </summary>
public sealed record SubmitDeclaration(CallerScope Caller, Actor Actor, Guid DeclarationId, Guid? CredentialId, string? Secret) : ICommand<SubmissionDto>;

/// <summary>Sends a declaration that needs attention again (after its cause, e.g. the gateway password, was fixed).</summary>
public sealed record ResendDeclaration(CallerScope Caller, Actor Actor, Guid DeclarationId) : ICommand<SubmissionDto>;

public sealed record SubmissionDto(Guid DeclarationId, string Lrn, string Status);

/// <summary>Every message of a declaration's exchange with the gateway, oldest first.</summary>
public sealed record ListDeclarationMessages(CallerScope Caller, Guid DeclarationId) : IQuery<IReadOnlyList<ExchangeMessageDto>>;

/// <summary>One message in or out, byte for byte.</summary>
public sealed record GetExchangeMessage(CallerScope Caller, Guid DeclarationId, Guid MessageId) : IQuery<MessageFileDto>;

/// <param name="Direction"><c>out</c> or <c>in</c>.</param>
/// <param name="Meaning">Inbound: <c>Receipt</c>, <c>MrnAllocated</c>, <c>Released</c>, <c>Rejected</c>, ...; null when unread.</param>
/// <param name="Errors">Rejections: the administration's errors, with the form field when the pointer could be mapped.</param>
public sealed record ExchangeMessageDto(Guid Id, string Direction, string MessageType, string FileName, string? Meaning, DateTime AtUtc, IReadOnlyList<ExchangeErrorDto> Errors);

public sealed record ExchangeErrorDto(string Code, string? Pointer, string? Text, string? FieldPath);

public sealed record MessageFileDto(string FileName, byte[] Content);
