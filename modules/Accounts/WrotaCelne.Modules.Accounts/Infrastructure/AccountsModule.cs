using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Accounts.Contracts;

namespace WrotaCelne.Modules.Accounts.Infrastructure;

internal sealed class AccountsModule(IServiceProvider services) : ModuleFacade(services), IAccountsModule;
