using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Billing.Contracts.Accounts;

namespace WrotaCelne.Modules.Billing.Application;

internal sealed class GetBillingAccountHandler(IBillingData data) : IQueryHandler<GetBillingAccount, BillingAccountDto>
{
    public async Task<BillingAccountDto> HandleAsync(GetBillingAccount query, CancellationToken cancellationToken)
    {
        var account = await data.Accounts.AsNoTracking().SingleOrDefaultAsync(a => a.OrganizationId == query.OrganizationId, cancellationToken)
            ?? throw new NotFoundException("The billing account");
        return account.ToDto();
    }
}
