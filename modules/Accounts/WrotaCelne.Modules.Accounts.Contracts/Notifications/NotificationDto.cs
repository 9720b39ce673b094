namespace WrotaCelne.Modules.Accounts.Contracts.Notifications;

/// <summary>One notification of the signed-in user, its subject and body in the current UI culture.</summary>
public sealed record NotificationDto(long Id, DateTime CreatedAtUtc, string Topic, string Subject, string Body, string? Link, bool Unread);
