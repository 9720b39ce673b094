using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Billing.Contracts;

namespace WrotaCelne.Modules.Billing.Infrastructure;

internal sealed class BillingModule(IServiceProvider services) : ModuleFacade(services), IBillingModule;
