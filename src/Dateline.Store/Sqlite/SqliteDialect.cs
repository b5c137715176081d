using System.Data.Common;
using Dateline.Core.Layers;
using Dateline.Store.Sql;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite;

/// <summary>SQLite's side of <see cref="SqlDialect"/>: dates are text compared with GLOB and julianday.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    public static SqliteDialect Instance { get; } = new();

    private const string Day = "[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]";

    public override DbParameter Positional(int position) => new SqliteParameter("$" + position.ToString(System.Globalization.CultureInfo.InvariantCulture), null);

    public override bool PreparesCommands => true;

    /// <summary>The statement sets kept for a connection's life (<see cref="KeepStatements"/>): the store's writer.</summary>
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<SqliteConnection, SqliteNativeStatements> _kept = [];

    /// <summary>A batch's statements: lent from the set kept for <paramref name="connection"/> (its handle unchanged), else its own.</summary>
    public override INativeStatements? NativeStatements(DbConnection connection)
        => connection is not SqliteConnection sqlite ? null
            : _kept.TryGetValue(sqlite, out var kept) && kept.Handle == sqlite.Handle ? new SqliteNativeStatements.Lease(kept)
            : new SqliteNativeStatements(sqlite);

    /// <summary>
    /// Keeps the statements prepared on <paramref name="connection"/> from one batch to the next until
    /// <see cref="ReleaseStatements"/>: SQLite re-prepares a kept statement by itself when the schema changes.
    /// The caller uses the connection from one thread at a time (the store's write lock).
    /// </summary>
    public void KeepStatements(SqliteConnection connection) => _kept.AddOrUpdate(connection, new SqliteNativeStatements(connection));

    /// <summary>Finalizes the statements kept for <paramref name="connection"/>: before it is closed.</summary>
    public void ReleaseStatements(SqliteConnection connection)
    {
        if (_kept.TryGetValue(connection, out var kept))
        {
            _kept.Remove(connection);
            kept.Dispose();
        }
    }

    public override IFullTextIndex FullText { get; } = new SqliteFullText();

    /// <summary>A copy of the filtered columns kept by triggers (migration 6): an `articles` row holds the text, about a page.</summary>
    public override string FilterTable => "article_filters";

    public override bool JoinsArticleLookups => true;

    public override string IsDay(string expression) => $"({expression} GLOB '{Day}*')";

    public override string IsMonth(string expression) => $"({expression} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*')";

    public override string DaysBetween(string from, string to) => $"(julianday({to}) - julianday({from}))";

    public override string WeekStart(string day) => $"date({day}, '-6 days', 'weekday 1')";

    public override string Position(string haystack, string needle) => $"instr({haystack}, {needle})";

    public override string Substring(string text, string start, string length) => $"substr({text}, {start}, {length})";


    public override string EqualsIgnoreCase(string left, string right) => $"({left} = {right} COLLATE NOCASE)";

    public override string JsonArrayOf(string expression) => $"json_group_array({expression})";

    public override string JsonTextValues(string parameter) => $"SELECT value FROM json_each({parameter})";

    public override string InJsonTextArray(string expression, string parameter) => $"{expression} IN (SELECT value FROM json_each({parameter}))";

    public override string InJsonArray(string expression, string parameter) => $"{expression} IN (SELECT value FROM json_each({parameter}))";

    public override string TempTable(string name) => "temp." + name;

    public override string IndexedBy(string index) => " INDEXED BY " + Quote(index);

    public override string TypeOf(StoredFieldKind kind) => kind switch
    {
        StoredFieldKind.Integer => "INTEGER",
        StoredFieldKind.Real => "REAL",
        StoredFieldKind.EntityKey => "INTEGER REFERENCES entities(id)",
        _ => "TEXT",
    };

    public override string LayerTableSuffix => " WITHOUT ROWID";

    public override bool TableExists(DbConnection connection, DbTransaction? transaction, string table)
    {
        using var command = connection.Command("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = @t", transaction).Bind("@t", table);
        return command.ExecuteScalar() is not null;
    }

    public override HashSet<string> Columns(DbConnection connection, DbTransaction? transaction, string table)
    {
        using var command = connection.Command("SELECT name FROM pragma_table_info(@t)", transaction).Bind("@t", table);
        using var reader = command.ExecuteReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
