using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Billing.Contracts.Plans;

public sealed record ListPlans : IQuery<IReadOnlyList<PlanDto>>;
