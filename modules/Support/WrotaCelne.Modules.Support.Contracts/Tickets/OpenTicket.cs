using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Support.Contracts.Tickets;

public sealed record OpenTicket(Guid OrganizationId, string Subject, string Description, string ContactEmail) : ICommand<TicketDto>;
