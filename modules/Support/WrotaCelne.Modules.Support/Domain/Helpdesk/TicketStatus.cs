namespace WrotaCelne.Modules.Support.Domain.Helpdesk;

internal enum TicketStatus
{
    Open = 0,
    Answered = 1,
    Closed = 2,
}
