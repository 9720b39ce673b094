using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>
/// Support access: an organization's administrator lets the platform operators look (read only) at its
/// data for a while; an operator enters it while helping and leaves. Every step is in both logs.
/// </summary>
internal sealed class SupportAccessHandler(IAccountsData data, UserManager<UserAccount> users, ICurrentUser currentUser, TimeProvider clock, IAuditTrail audit)
    : IQueryHandler<GetSupportAccess, SupportAccessDto?>,
      ICommandHandler<GrantSupportAccess, SupportAccessDto>,
      ICommandHandler<RevokeSupportAccess, bool>,
      IQueryHandler<ListSupportAccess, IReadOnlyList<SupportAccessDto>>,
      ICommandHandler<EnterSupportAccess, SupportAccessDto>,
      ICommandHandler<LeaveSupportAccess, bool>
{
    public async Task<SupportAccessDto?> HandleAsync(GetSupportAccess query, CancellationToken cancellationToken)
    {
        var (_, organizationId) = await currentUser.OrganizationUserAsync();
        return (await ActiveAsync(organizationId, cancellationToken)).FirstOrDefault();
    }

    public async Task<SupportAccessDto> HandleAsync(GrantSupportAccess command, CancellationToken cancellationToken)
    {
        var (caller, organizationId) = await currentUser.OrganizationWideUserAsync();
        if (command.Days is < 1 or > SupportAccessGrant.MaxDays)
        {
            new InputErrors().Add("days", "support.days", "Support access lasts 1 to {0} days.", SupportAccessGrant.MaxDays).ThrowIfAny();
        }

        var now = Now();
        await RevokeActiveAsync(organizationId, now, cancellationToken); // one grant in force at a time: the new one replaces it
        var grant = SupportAccessGrant.Grant(organizationId, caller.Id, now, command.Days);
        data.SupportAccessGrants.Add(grant);
        await data.SaveChangesAsync(cancellationToken);
        await audit.RecordOrganizationAsync(AuditActions.SupportAccessGranted, organizationId, $"Read-only support access for the platform operators until {grant.ExpiresAtUtc:yyyy-MM-dd HH:mm} UTC.", cancellationToken);
        return (await ActiveAsync(organizationId, cancellationToken)).First();
    }

    public async Task<bool> HandleAsync(RevokeSupportAccess command, CancellationToken cancellationToken)
    {
        var (_, organizationId) = await currentUser.OrganizationWideUserAsync();
        var revoked = await RevokeActiveAsync(organizationId, Now(), cancellationToken);
        await data.SaveChangesAsync(cancellationToken);
        if (revoked > 0)
        {
            await audit.RecordOrganizationAsync(AuditActions.SupportAccessRevoked, organizationId, "Support access ended.", cancellationToken);
        }

        return revoked > 0;
    }

    public async Task<IReadOnlyList<SupportAccessDto>> HandleAsync(ListSupportAccess query, CancellationToken cancellationToken) => await ActiveAsync(null, cancellationToken);

    public async Task<SupportAccessDto> HandleAsync(EnterSupportAccess command, CancellationToken cancellationToken)
    {
        var access = (await ActiveAsync(command.OrganizationId, cancellationToken)).FirstOrDefault() ?? throw new NotFoundException("Support access of the organization");
        var now = Now();
        var grantId = await data.SupportAccessGrants.AsNoTracking()
            .Where(g => g.OrganizationId == command.OrganizationId && g.RevokedAtUtc == null && g.ExpiresAtUtc > now)
            .OrderByDescending(g => g.GrantedAtUtc)
            .Select(g => g.Id)
            .FirstAsync(cancellationToken);
        var operatorAccount = await OperatorAsync();
        if (operatorAccount.SupportGrantId is not null)
        {
            await HandleAsync(new LeaveSupportAccess(), cancellationToken); // one customer at a time, each visit closed in the logs
        }

        operatorAccount.SupportGrantId = grantId;
        await SaveAsync(operatorAccount);
        var details = $"{operatorAccount.Email} looks at {access.OrganizationName} ({access.OrganizationId}), read only.";
        await audit.RecordPlatformAsync(AuditActions.SupportAccessEntered, details, cancellationToken);
        await audit.RecordOrganizationAsync(AuditActions.SupportAccessEntered, command.OrganizationId, details, cancellationToken);
        return access;
    }

    public async Task<bool> HandleAsync(LeaveSupportAccess command, CancellationToken cancellationToken)
    {
        var operatorAccount = await OperatorAsync();
        if (operatorAccount.SupportGrantId is not { } grantId)
        {
            return false;
        }

        var organizationId = await data.SupportAccessGrants.AsNoTracking().Where(g => g.Id == grantId).Select(g => g.OrganizationId).SingleAsync(cancellationToken);
        operatorAccount.SupportGrantId = null;
        await SaveAsync(operatorAccount);
        await audit.RecordPlatformAsync(AuditActions.SupportAccessLeft, $"{operatorAccount.Email} left {organizationId}.", cancellationToken);
        await audit.RecordOrganizationAsync(AuditActions.SupportAccessLeft, organizationId, $"{operatorAccount.Email} stopped looking at the data.", cancellationToken);
        return true;
    }

    private async Task<IReadOnlyList<SupportAccessDto>> ActiveAsync(Guid? organizationId, CancellationToken cancellationToken)
    {
        var now = Now();
        var grants = data.SupportAccessGrants.AsNoTracking().Where(g => g.RevokedAtUtc == null && g.ExpiresAtUtc > now);
        if (organizationId is { } id)
        {
            grants = grants.Where(g => g.OrganizationId == id);
        }

        var list = await grants.OrderBy(g => g.ExpiresAtUtc).ToListAsync(cancellationToken);
        var organizationIds = list.Select(g => g.OrganizationId).ToList();
        var userIds = list.Select(g => g.GrantedByUserId).ToList();
        var names = await data.Organizations.AsNoTracking().Where(o => organizationIds.Contains(o.Id) && o.Status == OrganizationStatus.Active).ToDictionaryAsync(o => o.Id, o => o.Name, cancellationToken);
        var grantors = await users.Users.AsNoTracking().Where(u => userIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Email ?? "", cancellationToken);
        return list.Where(g => names.ContainsKey(g.OrganizationId))
            .Select(g => new SupportAccessDto(g.OrganizationId, names[g.OrganizationId], g.GrantedAtUtc, g.ExpiresAtUtc, grantors.GetValueOrDefault(g.GrantedByUserId, "")))
            .ToList();
    }

    private async Task<int> RevokeActiveAsync(Guid organizationId, DateTime now, CancellationToken cancellationToken)
    {
        var active = await data.SupportAccessGrants.Where(g => g.OrganizationId == organizationId && g.RevokedAtUtc == null && g.ExpiresAtUtc > now).ToListAsync(cancellationToken);
        active.ForEach(g => g.Revoke(now));
        return active.Count;
    }

    private async Task<UserAccount> OperatorAsync()
    {
        var user = await currentUser.FindAsync();
        return user is { IsPlatformOperator: true } ? user : throw new NotFoundException("The operator");
    }

    private async Task SaveAsync(UserAccount user)
    {
        (await users.UpdateAsync(user)).Ensure("The operator could not be updated");
    }

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
