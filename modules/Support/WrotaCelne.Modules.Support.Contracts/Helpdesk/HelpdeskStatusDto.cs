namespace WrotaCelne.Modules.Support.Contracts.Helpdesk;

/// <summary>Whether the helpdesk answers now and, if not, when it opens next (UTC; hours are kept in Europe/Warsaw).</summary>
public sealed record HelpdeskStatusDto(bool IsOpenNow, DateTime NextOpeningUtc, string TimeZone, TimeOnly OpensAt, TimeOnly ClosesAt);
