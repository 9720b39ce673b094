using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.Modules.Billing.Contracts.Plans;
using WrotaCelne.Modules.Billing.Domain;

namespace WrotaCelne.Modules.Billing.Application;

internal sealed class CreatePlanHandler(IBillingData data) : ICommandHandler<CreatePlan, PlanDto>
{
    public async Task<PlanDto> HandleAsync(CreatePlan command, CancellationToken cancellationToken)
    {
        var plan = Plan.Create(command.Code, command.Name, command.MonthlyPriceMinor, command.Currency);
        if (await data.Plans.AnyAsync(p => p.Code == plan.Code, cancellationToken))
        {
            throw new ConflictException("code", "A plan with this code already exists.");
        }

        data.Plans.Add(plan);
        await data.SaveChangesAsync(cancellationToken);
        return plan.ToDto();
    }
}
