namespace WrotaCelne.BuildingBlocks;

/// <summary>
/// The only synchronous way into a module: each module's Contracts expose an interface deriving from
/// this one, and other modules (and the module's own endpoints) send commands and queries through it.
/// </summary>
public interface IModuleFacade
{
    Task<TResult> ExecuteCommandAsync<TResult>(ICommand<TResult> command, CancellationToken cancellationToken = default);

    Task<TResult> ExecuteQueryAsync<TResult>(IQuery<TResult> query, CancellationToken cancellationToken = default);
}
