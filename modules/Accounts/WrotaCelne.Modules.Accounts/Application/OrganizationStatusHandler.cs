using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts.IntegrationEvents;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

/// <summary>The operator's decisions on an organization: reject a request, suspend, reactivate.</summary>
internal sealed class OrganizationStatusHandler(IAccountsData data, UserManager<UserAccount> users, TimeProvider clock, IAuditTrail audit)
    : ICommandHandler<RejectRegistration, OrganizationDto>,
      ICommandHandler<SuspendOrganization, OrganizationDto>,
      ICommandHandler<ReactivateOrganization, OrganizationDto>
{
    public async Task<OrganizationDto> HandleAsync(RejectRegistration command, CancellationToken cancellationToken)
    {
        var organization = await FindAsync(command.OrganizationId, cancellationToken);
        organization.Reject(command.Reason, Now());
        await data.SaveChangesAsync(cancellationToken);
        await audit.RecordPlatformAsync(AuditActions.RegistrationRejected, $"{organization.Name}, NIP {organization.Nip}, id {organization.Id}. {organization.StatusReason}", cancellationToken);
        return organization.ToDto();
    }

    public async Task<OrganizationDto> HandleAsync(SuspendOrganization command, CancellationToken cancellationToken)
    {
        var organization = await FindAsync(command.OrganizationId, cancellationToken);
        organization.Suspend(command.Reason, Now());

        // New security stamps end every open session of the organization at its next request, in the same save as the status.
        foreach (var user in await users.Users.Where(u => u.OrganizationId == organization.Id).ToListAsync(cancellationToken))
        {
            user.SecurityStamp = Guid.NewGuid().ToString("N").ToUpperInvariant();
        }

        data.AddIntegrationEvent(new OrganizationSuspended(organization.Id, organization.StatusReason));
        await data.SaveChangesAsync(cancellationToken);
        await RecordAsync(AuditActions.OrganizationSuspended, organization, cancellationToken);
        return organization.ToDto();
    }

    public async Task<OrganizationDto> HandleAsync(ReactivateOrganization command, CancellationToken cancellationToken)
    {
        var organization = await FindAsync(command.OrganizationId, cancellationToken);
        organization.Reactivate(Now());
        data.AddIntegrationEvent(new OrganizationReactivated(organization.Id));
        await data.SaveChangesAsync(cancellationToken);
        await RecordAsync(AuditActions.OrganizationReactivated, organization, cancellationToken);
        return organization.ToDto();
    }

    private async Task RecordAsync(string action, Organization organization, CancellationToken cancellationToken)
    {
        var details = $"{organization.Name}, NIP {organization.Nip}, id {organization.Id}. {organization.StatusReason}".Trim();
        await audit.RecordPlatformAsync(action, details, cancellationToken);
        await audit.RecordOrganizationAsync(action, organization.Id, details, cancellationToken);
    }

    private async Task<Organization> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await data.Organizations.SingleOrDefaultAsync(o => o.Id == id, cancellationToken) ?? throw new NotFoundException("The organization");

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;
}
