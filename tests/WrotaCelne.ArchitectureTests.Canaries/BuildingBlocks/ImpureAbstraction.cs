#pragma warning disable CA1812
namespace WrotaCelne.BuildingBlocks;

/// <summary>Violates "shared-kernel abstractions depend on System.* only": Contracts would inherit EF Core.</summary>
public interface IImpureAbstraction
{
    Microsoft.EntityFrameworkCore.DbContext Context { get; }
}
