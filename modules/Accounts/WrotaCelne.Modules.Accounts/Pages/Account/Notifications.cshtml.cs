using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Notifications;

namespace WrotaCelne.Modules.Accounts.Pages.Account;

/// <summary>The signed-in user's notifications, newest first; opening the page marks them read (those new until now stay marked on this view).</summary>
[Authorize(Policy = AccessPolicies.CompleteSession)]
internal sealed class NotificationsModel(IAccountsModule accounts) : PageModel
{
    public IReadOnlyList<NotificationDto> Notifications { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Notifications = await accounts.ExecuteQueryAsync(new ListMyNotifications(), cancellationToken);
        if (Notifications.Any(n => n.Unread))
        {
            await accounts.ExecuteCommandAsync(new MarkMyNotificationsRead(), cancellationToken);
        }
    }
}
