using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Billing.Contracts.Plans;

/// <summary>Adds a plan to the price list. Access is sold per plan, never per user.</summary>
public sealed record CreatePlan(string Code, string Name, long MonthlyPriceMinor, string Currency) : ICommand<PlanDto>;
