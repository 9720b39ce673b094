using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;

namespace WrotaCelne.Modules.Accounts.Application;

internal sealed class GetOrganizationHandler(IAccountsData data) : IQueryHandler<GetOrganization, OrganizationDto>
{
    public async Task<OrganizationDto> HandleAsync(GetOrganization query, CancellationToken cancellationToken)
    {
        var organization = await data.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == query.OrganizationId, cancellationToken)
            ?? throw new NotFoundException("The organization");
        return organization.ToDto();
    }
}
