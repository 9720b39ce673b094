using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts.IntegrationEvents;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

internal sealed class RegisterOrganizationHandler(IAccountsData data, TimeProvider clock) : ICommandHandler<RegisterOrganization, OrganizationDto>
{
    public async Task<OrganizationDto> HandleAsync(RegisterOrganization command, CancellationToken cancellationToken)
    {
        var organization = Organization.Register(command.Name, command.Nip, command.Eori, clock.GetUtcNow().UtcDateTime);
        if (await data.Organizations.AnyAsync(o => o.Nip == organization.Nip, cancellationToken))
        {
            throw new ConflictException("nip", "An organization with this NIP is already registered.");
        }

        data.Organizations.Add(organization);
        data.AddIntegrationEvent(new OrganizationRegistered(organization.Id, organization.Name, organization.Nip));
        await data.SaveChangesAsync(cancellationToken);
        return organization.ToDto();
    }
}
