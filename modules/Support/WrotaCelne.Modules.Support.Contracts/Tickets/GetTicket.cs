using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Support.Contracts.Tickets;

/// <summary>Reads a ticket of the given organization; any other organization's ticket is "not found".</summary>
public sealed record GetTicket(Guid OrganizationId, Guid TicketId) : IQuery<TicketDto>;
