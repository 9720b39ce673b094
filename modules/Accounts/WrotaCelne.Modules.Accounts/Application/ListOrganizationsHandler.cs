using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;

namespace WrotaCelne.Modules.Accounts.Application;

internal sealed class ListOrganizationsHandler(IAccountsData data) : IQueryHandler<ListOrganizations, IReadOnlyList<OrganizationDto>>
{
    public async Task<IReadOnlyList<OrganizationDto>> HandleAsync(ListOrganizations query, CancellationToken cancellationToken)
    {
        var organizations = await data.Organizations.AsNoTracking().OrderBy(o => o.Name).ToListAsync(cancellationToken);
        return organizations.Select(o => o.ToDto()).ToList();
    }
}
