using System.Data.Common;
using System.Globalization;

namespace Dateline.Store.Sql;

/// <summary>
/// Prepared commands of one transaction, by name: each SQL text is prepared once and rebound for every call, with
/// positional parameters $1, $2… (values bound as given, null as NULL). The batch writer, the entity resolver and the
/// thread assigner run hundreds of statements per batch through it. Npgsql prepares them itself (auto-prepare).
/// </summary>
/// With <paramref name="deferred"/>, statements that only write are held back and sent together (<see cref="DeferredWrites"/>).
internal sealed class CommandCache(DbConnection connection, DbTransaction transaction, SqlDialect dialect, DeferredWrites? deferred = null) : IDisposable
{
    /// <summary>Rows per statement of <see cref="InsertRows"/>: at 16 rows a layer's few columns bind well under SQLite's parameter limit.</summary>
    private const int RowsPerInsert = 16;

    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Name, int Rows), (string Key, string Sql, object?[] Values)> _inserts = [];
    private readonly INativeStatements? _native = deferred is null ? dialect.NativeStatements(connection) : null;

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

        if (_native?.TryNonQuery(name, sql, values) != true)
        {
            Command(name, sql, values).ExecuteNonQuery();
        }
    }

    /// <summary>
    /// Inserts <paramref name="rows"/> (each the same number of values) into <paramref name="into"/> ("table(col, …)"),
    /// up to <see cref="RowsPerInsert"/> rows per statement (a statement per row cost as much again in binding and
    /// resetting as in the insert itself; bench/README.md, issue 20). Held-back writes send a statement per row.
    /// </summary>
    public void InsertRows(string name, string into, IReadOnlyList<object?[]> rows)
    {
        if (rows.Count > 0)
        {
            InsertRows(name, into, rows[0].Length, rows.Count, rows, static (rows, row, values, offset) => rows[row].CopyTo(values, offset));
        }
    }

    /// <summary>
    /// Inserts <paramref name="count"/> rows of <paramref name="columns"/> values into <paramref name="into"/> as
    /// <see cref="InsertRows(string, string, IReadOnlyList{object?[]})"/> does, each row written by
    /// <paramref name="fill"/> straight into the statement's values from an offset: no array per row (the writer's
    /// ~100 layer and thread-feature rows per article; bench/README.md, "Ingest's CPU per document").
    /// </summary>
    public void InsertRows<TState>(string name, string into, int columns, int count, TState state, RowFiller<TState> fill)
    {
        if (count == 0)
        {
            return;
        }

        if (deferred is not null)
        {
            // A held-back write copies its values into its own parameters: one array serves every row.
            var single = $"INSERT INTO {into} VALUES({Placeholders(0, columns)})";
            var row = new object?[columns];
            for (var r = 0; r < count; r++)
            {
                fill(state, r, row, 0);
                deferred.Add(single, row);
            }

            return;
        }

        for (var start = 0; start < count; start += RowsPerInsert)
        {
            var rows = Math.Min(RowsPerInsert, count - start);
            // The statement's name, text and value array for this many rows, made once per batch: the values are bound
            // (or copied into the command's parameters) before NonQuery returns, so the array is filled again next time.
            if (!_inserts.TryGetValue((name, rows), out var insert))
            {
                insert = (
                    string.Create(CultureInfo.InvariantCulture, $"{name}#{rows}"),
                    $"INSERT INTO {into} VALUES{string.Join(", ", Enumerable.Range(0, rows).Select(r => $"({Placeholders(r * columns, columns)})"))}",
                    new object?[rows * columns]);
                _inserts[(name, rows)] = insert;
            }

            var values = insert.Values;
            for (var r = 0; r < rows; r++)
            {
                fill(state, start + r, values, r * columns);
            }

            NonQuery(insert.Key, insert.Sql, values);
        }
    }

    private static string Placeholders(int before, int columns)
        => string.Join(", ", Enumerable.Range(before + 1, columns).Select(i => "$" + i.ToString(CultureInfo.InvariantCulture)));

    public object? Scalar(string name, string sql, params object?[] values)
        => _native is not null && _native.TryScalar(name, sql, values, out var value) ? value : Command(name, sql, values).ExecuteScalar();

    public DbDataReader Reader(string name, string sql, params object?[] values) => Command(name, sql, values).ExecuteReader();

    /// <summary>
    /// Calls <paramref name="each"/> with every row of a query: through <see cref="INativeStatements"/> where the
    /// dialect has them (the thread postings read ~1,000 rows per article written, and an ADO.NET reader's per-row and
    /// per-value checks were a third of their cost; bench/README.md, issue 20), else through a reader.
    /// </summary>
    public void ForEach(string name, string sql, object?[] values, Action<IRow> each)
    {
        if (_native?.TryForEach(name, sql, values, each) == true)
        {
            return;
        }

        using var reader = Reader(name, sql, values);
        var row = new ReaderRow(reader);
        while (reader.Read())
        {
            each(row);
        }
    }

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

    /// <summary>The first column of every row (NULL as the type's default); integers and text read without an ADO.NET reader where the dialect can.</summary>
    public List<T> Column<T>(string name, string sql, params object?[] values)
    {
        if (_native is not null && (typeof(T) == typeof(long) || typeof(T) == typeof(string)))
        {
            var list = new List<T>();
            if (_native.TryForEach(name, sql, values, row => list.Add(row.IsNull(0) ? default! : typeof(T) == typeof(long) ? (T)(object)row.Int64(0) : (T)(object)row.Text(0))))
            {
                return list;
            }
        }

        return Rows(name, sql, r => r.IsDBNull(0) ? default! : r.GetFieldValue<T>(0), values);
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }

        _commands.Clear();
        _native?.Dispose();
    }

    /// <summary>An ADO.NET reader's current row as an <see cref="IRow"/>.</summary>
    private sealed class ReaderRow(DbDataReader reader) : IRow
    {
        public bool IsNull(int column) => reader.IsDBNull(column);

        public long Int64(int column) => reader.GetInt64(column);

        public double Double(int column) => reader.GetDouble(column);

        public string Text(int column) => reader.GetString(column);

        public ReadOnlySpan<byte> Blob(int column) => reader.GetFieldValue<byte[]>(column);
    }
}

/// <summary>Writes row <paramref name="row"/> of an insert into <paramref name="values"/> from <paramref name="offset"/> on (<see cref="CommandCache.InsertRows{TState}"/>).</summary>
internal delegate void RowFiller<in TState>(TState state, int row, object?[] values, int offset);
