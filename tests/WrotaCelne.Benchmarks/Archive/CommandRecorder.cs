using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WrotaCelne.Benchmarks.Archive;

/// <summary>Keeps the queries EF Core sends, so their plans can be asked for.</summary>
internal sealed class CommandRecorder : DbCommandInterceptor
{
    private readonly List<RecordedCommand> _commands = [];

    public IReadOnlyList<RecordedCommand> Commands => _commands;

    public void Clear() => _commands.Clear();

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        _commands.Add(new RecordedCommand(
            command.CommandText,
            [.. command.Parameters.Cast<DbParameter>().Select(p => new KeyValuePair<string, object?>(p.ParameterName, p.Value))]));
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }
}
