#pragma warning disable CA1812, CS0169
namespace WrotaCelne.Host.Canary;

/// <summary>Violates "thin host": the host reaching a module's internals instead of its installer.</summary>
internal sealed class FatHostType
{
    private readonly WrotaCelne.Modules.CanaryA.Infrastructure.CanaryRepository? _repository;
}
