namespace WrotaCelne.Modules.Support.Contracts.Tickets;

/// <summary>A helpdesk ticket; <paramref name="ResponseDueUtc"/> is one helpdesk working day after it was opened.</summary>
public sealed record TicketDto(Guid Id, Guid OrganizationId, string Subject, string Status, DateTime OpenedAtUtc, DateTime ResponseDueUtc);
