using System.Globalization;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts.Notifications;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>The signed-in user's own notifications, keyed by the user id of the session or token alone.</summary>
internal sealed class MyNotificationsHandler(IAccountsData data, ICurrentUser currentUser, TimeProvider clock)
    : IQueryHandler<ListMyNotifications, IReadOnlyList<NotificationDto>>,
      IQueryHandler<CountMyUnreadNotifications, int>,
      ICommandHandler<MarkMyNotificationsRead, int>
{
    public async Task<IReadOnlyList<NotificationDto>> HandleAsync(ListMyNotifications query, CancellationToken cancellationToken)
    {
        var userId = UserId();
        var list = await data.Notifications.AsNoTracking()
            .Where(n => n.UserId == userId)
            .OrderByDescending(n => n.Id)
            .Take(Math.Clamp(query.Limit, 1, Notification.KeptPerUser))
            .ToListAsync(cancellationToken);
        var english = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";
        return list.Select(n => new NotificationDto(
            n.Id, n.CreatedAtUtc, n.Topic, english ? n.SubjectEnglish : n.SubjectPolish, english ? n.BodyEnglish : n.BodyPolish, n.Link, n.ReadAtUtc is null)).ToList();
    }

    public Task<int> HandleAsync(CountMyUnreadNotifications query, CancellationToken cancellationToken)
    {
        var userId = UserId();
        return data.Notifications.CountAsync(n => n.UserId == userId && n.ReadAtUtc == null, cancellationToken);
    }

    public Task<int> HandleAsync(MarkMyNotificationsRead command, CancellationToken cancellationToken)
    {
        var userId = UserId();
        var now = (DateTime?)clock.GetUtcNow().UtcDateTime;
        return data.Notifications.Where(n => n.UserId == userId && n.ReadAtUtc == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAtUtc, now), cancellationToken);
    }

    private Guid UserId() => currentUser.Id ?? throw new NotFoundException("The user");
}
