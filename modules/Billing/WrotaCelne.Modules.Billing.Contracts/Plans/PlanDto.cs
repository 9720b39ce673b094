namespace WrotaCelne.Modules.Billing.Contracts.Plans;

/// <summary>A plan of the price list. Prices are in minor units (grosze for PLN).</summary>
public sealed record PlanDto(Guid Id, string Code, string Name, long MonthlyPriceMinor, string Currency);
