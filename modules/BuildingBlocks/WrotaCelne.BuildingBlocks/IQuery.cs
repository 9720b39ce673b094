namespace WrotaCelne.BuildingBlocks;

/// <summary>A request that reads state of one module without changing it.</summary>
public interface IQuery<TResult>;
