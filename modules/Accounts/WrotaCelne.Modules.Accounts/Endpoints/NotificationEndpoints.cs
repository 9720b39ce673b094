using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;
using WrotaCelne.Modules.Accounts.Contracts.Notifications;

namespace WrotaCelne.Modules.Accounts.Endpoints;

/// <summary>The caller's own notifications; marking them read changes nothing but the caller's list, so a token may do it too.</summary>
internal static class NotificationEndpoints
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/notifications").WithTags("Accounts").RequireAuthorization(AccessPolicies.CompleteSession);
        group.MapGet("/", async (int? limit, IAccountsModule accounts, CancellationToken ct) =>
                TypedResults.Ok(await accounts.ExecuteQueryAsync(limit is { } l ? new ListMyNotifications(l) : new ListMyNotifications(), ct)))
            .WithName("ListMyNotifications")
            .WithSummary("The caller's notifications (the latest 100 are kept), newest first, subject and body in the request's language.");
        group.MapGet("/unread-count", async (IAccountsModule accounts, CancellationToken ct) =>
                TypedResults.Ok(await accounts.ExecuteQueryAsync(new CountMyUnreadNotifications(), ct)))
            .WithName("CountMyUnreadNotifications")
            .WithSummary("How many of the caller's notifications are unread.");
        group.MapPost("/read", async (IAccountsModule accounts, CancellationToken ct) =>
                TypedResults.Ok(await accounts.ExecuteCommandAsync(new MarkMyNotificationsRead(), ct)))
            .WithName("MarkMyNotificationsRead")
            .WithSummary("Marks all of the caller's notifications read; answers how many were unread.");
    }
}
