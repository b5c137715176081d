using System.Data.Common;

namespace Dateline.Store.Sql;

/// <summary>
/// Prepared commands of one transaction, by name: each SQL text is prepared once and rebound for every call, with
/// positional parameters $1, $2… (values bound as given, null as NULL). The batch writer, the entity resolver and the
/// thread assigner run hundreds of statements per batch through it. Npgsql prepares them itself (auto-prepare).
/// </summary>
/// With <paramref name="deferred"/>, statements that only write are held back and sent together (<see cref="DeferredWrites"/>).
internal sealed class CommandCache(DbConnection connection, DbTransaction transaction, SqlDialect dialect, DeferredWrites? deferred = null) : IDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);

    public DbCommand Command(string name, string sql, object?[] values)
    {
        deferred?.Flush();
        if (!_commands.TryGetValue(name, out var command))
        {
            command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters.Add(dialect.Positional(i + 1));
            }

            if (dialect.PreparesCommands)
            {
                command.Prepare();
            }

            _commands[name] = command;
        }

        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = dialect.Bindable(values[i]);
        }

        return command;
    }

    public void NonQuery(string name, string sql, params object?[] values)
    {
        if (deferred is not null)
        {
            deferred.Add(sql, values);
            return;
        }

        Command(name, sql, values).ExecuteNonQuery();
    }

    public object? Scalar(string name, string sql, params object?[] values) => Command(name, sql, values).ExecuteScalar();

    public DbDataReader Reader(string name, string sql, params object?[] values) => Command(name, sql, values).ExecuteReader();

    public List<T> Rows<T>(string name, string sql, Func<DbDataReader, T> read, params object?[] values)
    {
        using var reader = Reader(name, sql, values);
        var list = new List<T>();
        while (reader.Read())
        {
            list.Add(read(reader));
        }

        return list;
    }

    /// <summary>The first column of every row (NULL as the type's default).</summary>
    public List<T> Column<T>(string name, string sql, params object?[] values)
        => Rows(name, sql, r => r.IsDBNull(0) ? default! : r.GetFieldValue<T>(0), values);

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
    }
}
