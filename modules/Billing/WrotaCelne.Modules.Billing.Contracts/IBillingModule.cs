using WrotaCelne.BuildingBlocks;

namespace WrotaCelne.Modules.Billing.Contracts;

/// <summary>The Billing module's facade: plans, billing accounts, usage and invoices.</summary>
public interface IBillingModule : IModuleFacade;
