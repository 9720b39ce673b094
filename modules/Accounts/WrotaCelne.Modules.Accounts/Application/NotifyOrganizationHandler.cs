using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts.Notifications;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>
/// Stores a notification for every enabled user of the organization whose role holds the permission, as a
/// request of theirs would be granted it (role permissions of an active organization), then e-mails them.
/// Called by other modules' jobs, so it reads no signed-in user.
/// </summary>
internal sealed class NotifyOrganizationHandler(
    UserManager<UserAccount> users, IAccountsData data, RolePermissions roles, PermissionCatalog catalog, NotificationMail mail, TimeProvider clock)
    : ICommandHandler<NotifyOrganization, int>
{
    public async Task<int> HandleAsync(NotifyOrganization command, CancellationToken cancellationToken)
    {
        Check(command);
        if (!await data.Organizations.AsNoTracking().AnyAsync(o => o.Id == command.OrganizationId && o.Status == OrganizationStatus.Active, cancellationToken))
        {
            return 0; // users of a suspended (or unknown) organization hold no permission
        }

        var candidates = users.Users.AsNoTracking().Where(u => u.OrganizationId == command.OrganizationId && !u.IsDisabled);
        if (command.UserIds is { } userIds)
        {
            var wanted = userIds.Distinct().ToList();
            candidates = candidates.Where(u => wanted.Contains(u.Id));
        }

        var recipients = new List<(Guid Id, string? Email)>();
        foreach (var byRole in (await candidates.Select(u => new { u.Id, u.Email, u.Role }).ToListAsync(cancellationToken)).GroupBy(u => u.Role))
        {
            if ((await roles.OfRoleAsync(command.OrganizationId, byRole.Key, cancellationToken))?.Contains(command.Permission) == true)
            {
                recipients.AddRange(byRole.Select(u => (u.Id, u.Email)));
            }
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var stored = recipients.Select(r => (r.Email, Notification: Notification.For(
            command.OrganizationId, r.Id, now, command.Topic, (command.Subject.Polish, command.Subject.English), (command.Body.Polish, command.Body.English), command.Link))).ToList();
        data.Notifications.AddRange(stored.Select(s => s.Notification));
        await data.SaveChangesAsync(cancellationToken);
        foreach (var (id, _) in recipients)
        {
            await DropBeyondKeptAsync(id, cancellationToken);
        }

        if (command.Mail && mail.IsConfigured)
        {
            foreach (var (email, notification) in stored.Where(s => s.Email is not null))
            {
                await mail.SendAsync(email!, notification, cancellationToken);
            }
        }

        return recipients.Count;
    }

    private async Task DropBeyondKeptAsync(Guid userId, CancellationToken cancellationToken)
    {
        var newestDropped = await data.Notifications.Where(n => n.UserId == userId).OrderByDescending(n => n.Id).Skip(Notification.KeptPerUser).Select(n => (long?)n.Id).FirstOrDefaultAsync(cancellationToken);
        if (newestDropped is { } id)
        {
            await data.Notifications.Where(n => n.UserId == userId && n.Id <= id).ExecuteDeleteAsync(cancellationToken);
        }
    }

    private void Check(NotifyOrganization command)
    {
        var errors = new InputErrors()
            .Require("permission", command.Permission, 100)
            .Require("topic", command.Topic, Notification.TopicMaxLength)
            .Require("subject.polish", command.Subject?.Polish, Notification.SubjectMaxLength)
            .Require("subject.english", command.Subject?.English, Notification.SubjectMaxLength)
            .Require("body.polish", command.Body?.Polish, Notification.BodyMaxLength)
            .Require("body.english", command.Body?.English, Notification.BodyMaxLength);
        if (!string.IsNullOrWhiteSpace(command.Permission) && !catalog.Contains(command.Permission))
        {
            errors.Add("permission", "permission.unknown", "No enabled module declares the permission '{0}'.", command.Permission);
        }

        if (command.Link is { } link && (link.Length > Notification.LinkMaxLength || !Notification.IsSiteRelative(link)))
        {
            errors.Add("link", "link.notSiteRelative", "A link is a path on this site: it starts with \"/\" (not \"//\") and has at most {0} characters.", Notification.LinkMaxLength);
        }

        errors.ThrowIfAny();
    }
}
