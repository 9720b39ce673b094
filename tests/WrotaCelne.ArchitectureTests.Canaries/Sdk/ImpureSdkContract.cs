#pragma warning disable CA1812
namespace WrotaCelne.Plugins.Abstractions.Canary;

/// <summary>Violates "the SDK depends on System.* only": a partner would need Autofac to compile against it.</summary>
public interface IImpureSdkContract
{
    void Register(Autofac.ContainerBuilder builder);
}
