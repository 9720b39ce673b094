using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Accounts.Contracts.Notifications;

/// <summary>The signed-in user's notifications, newest first.</summary>
public sealed record ListMyNotifications(int Limit = 100) : IQuery<IReadOnlyList<NotificationDto>>;

/// <summary>How many of the signed-in user's notifications are unread (one indexed query: the shell header asks on every page).</summary>
public sealed record CountMyUnreadNotifications : IQuery<int>;

/// <summary>Marks every notification of the signed-in user read; answers how many were unread.</summary>
public sealed record MarkMyNotificationsRead : ICommand<int>;
