using WrotaCelne.BuildingBlocks.Infrastructure.Modules;
using WrotaCelne.Modules.Declarations.Contracts;

namespace WrotaCelne.Modules.Declarations.Infrastructure;

internal sealed class DeclarationsModule(IServiceProvider services) : ModuleFacade(services), IDeclarationsModule;
