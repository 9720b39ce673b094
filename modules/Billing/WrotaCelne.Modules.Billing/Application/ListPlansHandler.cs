using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Billing.Contracts.Plans;

namespace WrotaCelne.Modules.Billing.Application;

internal sealed class ListPlansHandler(IBillingData data) : IQueryHandler<ListPlans, IReadOnlyList<PlanDto>>
{
    public async Task<IReadOnlyList<PlanDto>> HandleAsync(ListPlans query, CancellationToken cancellationToken)
    {
        var plans = await data.Plans.AsNoTracking().OrderBy(p => p.MonthlyPriceMinor).ThenBy(p => p.Code).ToListAsync(cancellationToken);
        return plans.Select(p => p.ToDto()).ToList();
    }
}
