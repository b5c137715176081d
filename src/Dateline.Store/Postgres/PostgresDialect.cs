using System.Data.Common;
using Dateline.Core.Layers;
using Dateline.Store.Sql;
using Npgsql;

namespace Dateline.Store.Postgres;

/// <summary>PostgreSQL's side of <see cref="SqlDialect"/>: dates are ISO text read by <c>dateline_day</c> (Migrations/001).</summary>
internal sealed class PostgresDialect : SqlDialect
{
    public static PostgresDialect Instance { get; } = new();

    // Npgsql binds unnamed parameters to $1, $2… in order.
    public override DbParameter Positional(int position) => new NpgsqlParameter();

    public override bool PreparesCommands => false;

    public override bool BatchesWrites => true;

    public override object Bindable(object? value) => value switch
    {
        null => DBNull.Value,
        int i => (long)i,
        short s => (long)s,
        byte b => (long)b,
        uint u => (long)u,
        float f => (double)f,
        _ => value,
    };

    public override IFullTextIndex FullText { get; } = new PostgresFullText();

    public override string IsDay(string expression) => $"({expression} ~ '^[0-9]{{4}}-[0-9]{{2}}-[0-9]{{2}}')";

    public override string IsMonth(string expression) => $"({expression} ~ '^[0-9]{{4}}-[0-9]{{2}}')";

    public override string DaysBetween(string from, string to) => $"(dateline_day({to}) - dateline_day({from}))";

    public override string WeekStart(string day) => $"to_char(date_trunc('week', dateline_day({day})), 'YYYY-MM-DD')";

    public override string Position(string haystack, string needle) => $"strpos({haystack}, {needle})";

    public override string Substring(string text, string start, string length) => $"substr({text}, CAST({start} AS integer), CAST({length} AS integer))";

    public override string EqualsIgnoreCase(string left, string right) => $"(lower({left}) = lower({right}))";

    public override string JsonArrayOf(string expression) => $"coalesce(json_agg({expression})::text, '[]')";

    public override string JsonTextValues(string parameter) => $"SELECT value FROM json_array_elements_text(CAST({parameter} AS json)) AS value";

    // = ANY of an array computed once, not IN (a set-returning function): the planner estimates such a function at 100
    // rows and joined it by scanning the whole table (entities, thread_term_df, minhash_bands were read in full per
    // article: 68,000 rows read per article written, docs/scaling.md); an array is probed through the index.
    public override string InJsonTextArray(string expression, string parameter) => $"{expression} = ANY(ARRAY(SELECT json_array_elements_text(CAST({parameter} AS json))))";

    public override string InJsonArray(string expression, string parameter) => $"{expression} = ANY(ARRAY(SELECT value::bigint FROM json_array_elements_text(CAST({parameter} AS json)) AS value))";

    public override string TempTable(string name) => "pg_temp." + name;

    public override string TypeOf(StoredFieldKind kind) => kind switch
    {
        StoredFieldKind.Integer => "BIGINT",
        StoredFieldKind.Real => "DOUBLE PRECISION",
        StoredFieldKind.EntityKey => "BIGINT REFERENCES entities(id)",
        _ => "TEXT",
    };

    public override string LayerTableSuffix => string.Empty;

    public override bool TableExists(DbConnection connection, DbTransaction? transaction, string table)
    {
        using var command = connection.Command("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = @t", transaction).Bind("@t", table);
        return command.ExecuteScalar() is not null;
    }

    public override HashSet<string> Columns(DbConnection connection, DbTransaction? transaction, string table)
    {
        using var command = connection.Command("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @t", transaction).Bind("@t", table);
        using var reader = command.ExecuteReader();
        var names = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
