using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Support.Contracts;

namespace WrotaCelne.Modules.Support.Infrastructure;

internal sealed class SupportModule(IServiceProvider services) : ModuleFacade(services), ISupportModule;
