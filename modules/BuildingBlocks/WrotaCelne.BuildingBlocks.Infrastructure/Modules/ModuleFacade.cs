using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace WrotaCelne.BuildingBlocks.Infrastructure.Modules;

/// <summary>
/// Dispatches commands and queries to the handlers registered in the current scope. Each module's
/// facade implementation derives from this, so the facade interface is all other modules see.
/// </summary>
public abstract class ModuleFacade(IServiceProvider services) : IModuleFacade
{
    private static readonly ConcurrentDictionary<(Type Request, Type Result, bool Command), (Type Handler, MethodInfo Method)> Handlers = new();

    public Task<TResult> ExecuteCommandAsync<TResult>(ICommand<TResult> command, CancellationToken cancellationToken = default) =>
        DispatchAsync<TResult>(command, command.GetType(), isCommand: true, cancellationToken);

    public Task<TResult> ExecuteQueryAsync<TResult>(IQuery<TResult> query, CancellationToken cancellationToken = default) =>
        DispatchAsync<TResult>(query, query.GetType(), isCommand: false, cancellationToken);

    private async Task<TResult> DispatchAsync<TResult>(object request, Type requestType, bool isCommand, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (handlerType, method) = Handlers.GetOrAdd((requestType, typeof(TResult), isCommand), static key =>
        {
            var open = key.Command ? typeof(ICommandHandler<,>) : typeof(IQueryHandler<,>);
            var closed = open.MakeGenericType(key.Request, key.Result);
            return (closed, closed.GetMethod("HandleAsync")!);
        });
        var handler = services.GetService(handlerType)
            ?? throw new InvalidOperationException($"No handler is registered for {requestType.Name} in {GetType().Name}.");
        try
        {
            return await ((Task<TResult>)method.Invoke(handler, [request, cancellationToken])!).ConfigureAwait(false);
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(e.InnerException).Throw();
            throw;
        }
    }
}
