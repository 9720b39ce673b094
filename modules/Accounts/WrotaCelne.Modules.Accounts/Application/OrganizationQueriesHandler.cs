using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Accounts.Contracts.Organizations;
using WrotaCelne.Modules.Accounts.Domain;

namespace WrotaCelne.Modules.Accounts.Application;

internal sealed class OrganizationQueriesHandler(IAccountsData data, ICurrentUser currentUser)
    : IQueryHandler<ListOrganizations, IReadOnlyList<OrganizationDto>>,
      IQueryHandler<GetOrganization, OrganizationDto>,
      IQueryHandler<GetMyOrganization, OrganizationDto>,
      IQueryHandler<ListBranches, IReadOnlyList<BranchDto>>,
      IQueryHandler<ListOrganizationBranches, IReadOnlyList<BranchDto>>
{
    public async Task<IReadOnlyList<BranchDto>> HandleAsync(ListOrganizationBranches query, CancellationToken cancellationToken) =>
        (await data.Branches.AsNoTracking().Where(b => b.OrganizationId == query.OrganizationId).OrderBy(b => b.Code).ToListAsync(cancellationToken)).Select(b => b.ToDto()).ToList();

    public async Task<IReadOnlyList<OrganizationDto>> HandleAsync(ListOrganizations query, CancellationToken cancellationToken)
    {
        var organizations = data.Organizations.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Status))
        {
            if (!Enum.TryParse<OrganizationStatus>(query.Status, ignoreCase: true, out var status) || !Enum.IsDefined(status))
            {
                new InputErrors().Add("status", "status.invalid", "Status is Pending, Active, Suspended or Rejected.").ThrowIfAny();
            }

            organizations = organizations.Where(o => o.Status == status);
        }

        var list = await organizations.OrderBy(o => o.Name).ToListAsync(cancellationToken);
        return list.Select(o => o.ToDto()).ToList();
    }

    public async Task<OrganizationDto> HandleAsync(GetOrganization query, CancellationToken cancellationToken) => await FindAsync(query.OrganizationId, cancellationToken);

    public async Task<OrganizationDto> HandleAsync(GetMyOrganization query, CancellationToken cancellationToken) =>
        await FindAsync((await currentUser.OrganizationUserAsync()).OrganizationId, cancellationToken);

    public async Task<IReadOnlyList<BranchDto>> HandleAsync(ListBranches query, CancellationToken cancellationToken)
    {
        var (_, organizationId) = await currentUser.OrganizationUserAsync();
        var list = await data.Branches.AsNoTracking().Where(b => b.OrganizationId == organizationId).OrderBy(b => b.Code).ToListAsync(cancellationToken);
        return list.Select(b => b.ToDto()).ToList();
    }

    private async Task<OrganizationDto> FindAsync(Guid id, CancellationToken cancellationToken) =>
        (await data.Organizations.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, cancellationToken) ?? throw new NotFoundException("The organization")).ToDto();
}
