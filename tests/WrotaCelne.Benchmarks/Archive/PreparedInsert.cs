using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace WrotaCelne.Benchmarks.Archive;

/// <summary>
/// One prepared INSERT for an entity type, built from the DbContext's model: its table and column names, and for
/// each column the type mapping (value converter and parameter set-up) SaveChanges uses, so a row stored here is
/// stored exactly as the product stores it, without the change tracker's cost per row. Generated keys are left to the database.
/// </summary>
internal sealed class PreparedInsert<T> : IDisposable
    where T : class
{
    private readonly DbCommand _command;
    private readonly Column[] _columns;
    private readonly Dictionary<string, int> _byName;

    public PreparedInsert(DbContext context, DbConnection connection, DbTransaction? transaction)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(connection);
        var entity = context.Model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var properties = entity.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.OnAdd).ToList();
        _command = connection.CreateCommand();
        _command.Transaction = transaction;
        _command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", properties.Select(p => $"\"{p.GetColumnName(table)}\""))}) VALUES ({string.Join(", ", properties.Select((_, i) => $"@p{i}"))})";
        _columns = properties.Select((property, i) =>
        {
            var mapping = property.GetRelationalTypeMapping();
            var parameter = mapping.CreateParameter(_command, $"@p{i}", null, property.IsNullable);
            _command.Parameters.Add(parameter);
            return new Column(property, mapping, parameter);
        }).ToArray();
        _byName = _columns.Select((c, i) => (c.Property.Name, i)).ToDictionary(c => c.Name, c => c.i, StringComparer.Ordinal);
        _command.Prepare();
    }

    public DbTransaction? Transaction
    {
        get => _command.Transaction;
        set => _command.Transaction = value;
    }

    /// <summary>Takes every column's value from <paramref name="entity"/>.</summary>
    public void Bind(T entity)
    {
        foreach (var column in _columns)
        {
            column.Set(column.Property.GetGetter().GetClrValue(entity));
        }
    }

    /// <summary>Overrides one column's value (by property name) after <see cref="Bind"/>.</summary>
    public void Set(string propertyName, object? value) => _columns[_byName[propertyName]].Set(value);

    public void Execute() => _command.ExecuteNonQuery();

    public void Dispose() => _command.Dispose();

    private sealed record Column(IProperty Property, RelationalTypeMapping Mapping, DbParameter Parameter)
    {
        public void Set(object? value) =>
            Parameter.Value = value is null ? DBNull.Value : Mapping.Converter?.ConvertToProvider(value) ?? value;
    }
}
