namespace WrotaCelne.BuildingBlocks;

/// <summary>A request that changes state in one module and returns <typeparamref name="TResult"/>.</summary>
public interface ICommand<TResult>;
