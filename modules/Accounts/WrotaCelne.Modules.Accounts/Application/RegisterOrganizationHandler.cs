using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;
using WrotaCelne.Modules.Accounts.Contracts.IntegrationEvents;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

internal sealed class RegisterOrganizationHandler(IAccountsData data, TimeProvider clock, IAuditTrail audit) : ICommandHandler<RegisterOrganization, OrganizationDto>
{
    public async Task<OrganizationDto> HandleAsync(RegisterOrganization command, CancellationToken cancellationToken)
    {
        var organization = Organization.Register(command.Name, command.Nip, command.Eori, clock.GetUtcNow().UtcDateTime);
        data.Organizations.Add(organization);
        data.AddIntegrationEvent(new OrganizationRegistered(organization.Id, organization.Name, organization.Nip));
        await UniqueSave.SaveAsync(
            data.SaveChangesAsync,
            ct => data.Organizations.AnyAsync(o => o.Nip == organization.Nip && o.Id != organization.Id, ct),
            () => new ConflictException("nip", "nip.taken", "An organization with this NIP is already registered."),
            cancellationToken);
        await audit.RecordPlatformAsync(AuditActions.OrganizationRegistered, $"{organization.Name}, NIP {organization.Nip}, id {organization.Id}.", cancellationToken);
        return organization.ToDto();
    }
}
