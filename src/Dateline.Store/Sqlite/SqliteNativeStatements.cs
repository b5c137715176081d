using Dateline.Store.Sql;
using Microsoft.Data.Sqlite;
using System.Text;
using SQLitePCL;

namespace Dateline.Store.Sqlite;

/// <summary>
/// SQLite statements of one transaction prepared on the connection's handle and bound by parameter index. An ADO.NET
/// command binds every parameter by name on every run (the name marshalled to UTF-8, then looked up along the
/// statement's parameters), which for the 16-row inserts of the layers was most of their cost: of 2.2 s spent in
/// <see cref="CommandCache.InsertRows"/> on 2,000 VOA passages, 1.6 s was binding (bench/README.md, issue 20). Values are
/// bound as Microsoft.Data.Sqlite binds them (integers and booleans as INTEGER, doubles as REAL, strings as UTF-8
/// TEXT, byte arrays as BLOB); anything else, NaN included (which it refuses), is left to the ADO.NET command.
/// </summary>
/// Kept (<see cref="SqliteDialect.KeepStatements"/>), one set serves every batch of the store's writer connection: a
/// batch no longer prepares its ~200 statements again (the layers' 16-row inserts among them), which was 3 % of the
/// writer's thread in an ingest of 2,000 VOA passages (bench/README.md, "The write side, session 6").
internal sealed class SqliteNativeStatements(SqliteConnection connection) : INativeStatements
{
    private readonly Dictionary<string, Prepared> _statements = new(StringComparer.Ordinal);

    // The UTF-8 of the string being bound (BindText); SQLite copies it before the bind returns.
    private byte[] _utf8 = new byte[4096];

    /// <summary>The connection's handle the statements were prepared on: a kept set serves that handle only.</summary>
    public sqlite3 Handle { get; } = connection.Handle!;

    public bool TryNonQuery(string name, string sql, object?[] values)
    {
        if (Bound(name, sql, values) is not { } statement)
        {
            return false;
        }

        try
        {
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
            }

            Check(rc);
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }

        return true;
    }

    public bool TryScalar(string name, string sql, object?[] values, out object? value)
    {
        value = null;
        if (Bound(name, sql, values) is not { } statement)
        {
            return false;
        }

        try
        {
            var rc = raw.sqlite3_step(statement);
            if (rc == raw.SQLITE_ROW)
            {
                value = Column(statement);
                // A write runs to its end, as a reader disposed after one row lets it.
                if (raw.sqlite3_stmt_readonly(statement) == 0)
                {
                    while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
                    {
                    }
                }
                else
                {
                    rc = raw.SQLITE_DONE;
                }
            }

            Check(rc);
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }

        return true;
    }

    public bool TryForEach(string name, string sql, object?[] values, Action<IRow> each)
    {
        if (Bound(name, sql, values) is not { } statement)
        {
            return false;
        }

        try
        {
            var row = new Row(statement);
            int rc;
            while ((rc = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                each(row);
            }

            Check(rc);
        }
        finally
        {
            raw.sqlite3_reset(statement);
        }

        return true;
    }

    public void Dispose()
    {
        foreach (var prepared in _statements.Values)
        {
            prepared.Statement?.Dispose();
        }

        _statements.Clear();
    }

    /// <summary>The statement prepared (once per name) with <paramref name="values"/> bound, or null when it is left to ADO.NET.</summary>
    private sqlite3_stmt? Bound(string name, string sql, object?[] values)
    {
        // A name stands for one SQL text: a kept set checks it (the same string, or an equal one built again by a later batch).
        if (!_statements.TryGetValue(name, out var prepared) || !(ReferenceEquals(prepared.Sql, sql) || string.Equals(prepared.Sql, sql, StringComparison.Ordinal)))
        {
            prepared?.Statement?.Dispose();
            prepared = Prepare(sql, values.Length);
            _statements[name] = prepared;
        }

        if (prepared.Statement is not { } statement || prepared.Indexes.Length != values.Length || !Bindable(values))
        {
            return null;
        }

        for (var i = 0; i < values.Length; i++)
        {
            var index = prepared.Indexes[i];
            if (index == 0)
            {
                continue;
            }

            var rc = values[i] switch
            {
                null or DBNull => raw.sqlite3_bind_null(statement, index),
                string s => BindText(statement, index, s),
                long l => raw.sqlite3_bind_int64(statement, index, l),
                int n => raw.sqlite3_bind_int64(statement, index, n),
                bool b => raw.sqlite3_bind_int64(statement, index, b ? 1 : 0),
                double d => raw.sqlite3_bind_double(statement, index, d),
                byte[] bytes => raw.sqlite3_bind_blob(statement, index, bytes),
                _ => throw new InvalidOperationException("unreachable: checked by Bindable"),
            };
            Check(rc);
        }

        return statement;
    }

    /// <summary>
    /// Binds a string as SQLitePCLRaw's <c>sqlite3_bind_text(stmt, i, string)</c> does (UTF-8 by <see cref="Encoding.UTF8"/>,
    /// lone surrogates as U+FFFD, its whole length, U+0000 included), encoded into one buffer kept by the set instead of
    /// a new array per value (3.9 % of ingest's writer thread; bench/README.md, "Ingest's CPU per document"). The
    /// empty string goes the library's way: an empty span has no address, and SQLite would bind NULL.
    /// </summary>
    private int BindText(sqlite3_stmt statement, int index, string value)
    {
        var most = Encoding.UTF8.GetMaxByteCount(value.Length);
        if (_utf8.Length < most)
        {
            _utf8 = new byte[Math.Max(most, _utf8.Length * 2)];
        }

        var bytes = _utf8.AsSpan(0, Encoding.UTF8.GetBytes(value, _utf8));
        return bytes.IsEmpty ? raw.sqlite3_bind_text(statement, index, value) : raw.sqlite3_bind_text(statement, index, bytes);
    }

    private static bool Bindable(object?[] values)
    {
        foreach (var value in values)
        {
            if (value is not (null or DBNull or string or long or int or bool or byte[]) && !(value is double d && !double.IsNaN(d)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Prepares one statement with positional parameters $1…$<paramref name="count"/>; without a statement when the
    /// text holds more than one statement or a parameter of another name (ADO.NET runs those).
    /// </summary>
    private Prepared Prepare(string sql, int count)
    {
        var rc = raw.sqlite3_prepare_v3(connection.Handle, sql, raw.SQLITE_PREPARE_PERSISTENT, out var statement, out var tail);
        Check(rc);
        if (statement is null || statement.IsInvalid || !string.IsNullOrWhiteSpace(tail))
        {
            statement?.Dispose();
            return new Prepared(sql, null, []);
        }

        var indexes = new int[count];
        var found = new HashSet<int>();
        for (var i = 0; i < count; i++)
        {
            indexes[i] = raw.sqlite3_bind_parameter_index(statement, "$" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (indexes[i] > 0)
            {
                found.Add(indexes[i]);
            }
        }

        if (found.Count != raw.sqlite3_bind_parameter_count(statement))
        {
            statement.Dispose();
            return new Prepared(sql, null, []);
        }

        return new Prepared(sql, statement, indexes);
    }

    private static object Column(sqlite3_stmt statement) => raw.sqlite3_column_type(statement, 0) switch
    {
        raw.SQLITE_INTEGER => raw.sqlite3_column_int64(statement, 0),
        raw.SQLITE_FLOAT => raw.sqlite3_column_double(statement, 0),
        raw.SQLITE_TEXT => raw.sqlite3_column_text(statement, 0).utf8_to_string(),
        raw.SQLITE_BLOB => raw.sqlite3_column_blob(statement, 0).ToArray(),
        _ => DBNull.Value,
    };

    private void Check(int rc)
    {
        if (rc is not (raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW))
        {
            SqliteException.ThrowExceptionForRC(rc, connection.Handle);
        }
    }

    /// <summary>A name's SQL text and its statement (null: ADO.NET runs it) with the index of each positional parameter.</summary>
    private sealed record Prepared(string Sql, sqlite3_stmt? Statement, int[] Indexes);

    /// <summary>A kept set lent to one user (a batch's <see cref="CommandCache"/>): its disposal leaves the statements prepared.</summary>
    internal sealed class Lease(SqliteNativeStatements kept) : INativeStatements
    {
        public bool TryNonQuery(string name, string sql, object?[] values) => kept.TryNonQuery(name, sql, values);

        public bool TryScalar(string name, string sql, object?[] values, out object? value) => kept.TryScalar(name, sql, values, out value);

        public bool TryForEach(string name, string sql, object?[] values, Action<IRow> each) => kept.TryForEach(name, sql, values, each);

        public void Dispose()
        {
        }
    }

    /// <summary>The statement's current row, read with SQLite's conversions (as Microsoft.Data.Sqlite reads the types asked for here).</summary>
    private sealed class Row(sqlite3_stmt statement) : IRow
    {
        public bool IsNull(int column) => raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL;

        public long Int64(int column) => raw.sqlite3_column_int64(statement, column);

        public double Double(int column) => raw.sqlite3_column_double(statement, column);

        public string Text(int column) => raw.sqlite3_column_text(statement, column).utf8_to_string();

        public ReadOnlySpan<byte> Blob(int column) => raw.sqlite3_column_blob(statement, column);
    }
}
