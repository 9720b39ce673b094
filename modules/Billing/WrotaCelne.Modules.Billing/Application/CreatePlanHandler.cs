using Microsoft.EntityFrameworkCore;
using WrotaCelne.BuildingBlocks;
using WrotaCelne.BuildingBlocks.Infrastructure.Persistence;
using WrotaCelne.Modules.Billing.Contracts.Plans;
using WrotaCelne.Modules.Billing.Domain;

namespace WrotaCelne.Modules.Billing.Application;

internal sealed class CreatePlanHandler(IBillingData data) : ICommandHandler<CreatePlan, PlanDto>
{
    public async Task<PlanDto> HandleAsync(CreatePlan command, CancellationToken cancellationToken)
    {
        var plan = Plan.Create(command.Code, command.Name, command.MonthlyPriceMinor, command.Currency);
        data.Plans.Add(plan);
        await UniqueSave.SaveAsync(
            data.SaveChangesAsync,
            ct => data.Plans.AnyAsync(p => p.Code == plan.Code && p.Id != plan.Id, ct),
            () => new ConflictException("code", "code.taken", "A plan with this code already exists."),
            cancellationToken);
        return plan.ToDto();
    }
}
