using System.Data.Common;
using System.Globalization;
using System.Text;
using Dateline.Store.Queries;

namespace Dateline.Store.Sql;

/// <summary>
/// Stored events (the table of the <c>events</c> layer) with their actors named by the collection-wide entities, in
/// SQLite or PostgreSQL: the filtered list of <c>/api/events</c> and the entity page, counts per type and month, and
/// the rows of the <c>event_rows</c> export. One SELECT and one row reader serve all three.
/// </summary>
internal static class SqlEvents
{
    /// <summary>The events layer's table (named by its layer description; Store cannot name the record).</summary>
    public const string Table = "events";

    /// <summary>The roles of an event read through entity joins, each selected as the same eight columns.</summary>
    private static readonly (string Alias, string Ref, bool HasMention)[] Roles =
        [("s", "source", true), ("t", "target", true), ("p", "place", false), ("c", "claimed_by", false)];

    /// <summary>Whether the store has an events table (a store opened without the layer has none).</summary>
    public static bool Exists(DbConnection connection, SqlDialect dialect) => dialect.TableExists(connection, null, Table);

    /// <summary>Events matching <paramref name="query"/>, the latest dated first (undated last).</summary>
    public static IReadOnlyList<EventRecord> List(DbConnection connection, SqlDialect dialect, EventQuery query)
    {
        if (!Exists(connection, dialect))
        {
            return [];
        }

        using var command = connection.CreateCommand();
        var sql = new StringBuilder(Select());
        if (!string.IsNullOrWhiteSpace(query.Type))
        {
            sql.Append(" AND v.type = @type");
            command.Bind("@type", query.Type.Trim().ToUpperInvariant());
        }

        if (!string.IsNullOrWhiteSpace(query.Mode))
        {
            sql.Append(" AND v.mode = @mode");
            command.Bind("@mode", query.Mode.Trim().ToLowerInvariant());
        }

        if (!string.IsNullOrWhiteSpace(query.Source))
        {
            sql.Append(" AND ").Append(Names(dialect, "source", "@src"));
            command.Bind("@src", EntityNames.Normalize(query.Source));
        }

        if (!string.IsNullOrWhiteSpace(query.Target))
        {
            sql.Append(" AND ").Append(Names(dialect, "target", "@tgt"));
            command.Bind("@tgt", EntityNames.Normalize(query.Target));
        }

        if (!string.IsNullOrWhiteSpace(query.Entity))
        {
            sql.Append(" AND (").Append(Names(dialect, "source", "@ent")).Append(" OR ").Append(Names(dialect, "target", "@ent")).Append(')');
            command.Bind("@ent", EntityNames.Normalize(query.Entity));
        }

        if (query.SourceId is { } source)
        {
            sql.Append(" AND v.source = @sid");
            command.Bind("@sid", source);
        }

        if (query.TargetId is { } target)
        {
            sql.Append(" AND v.target = @tid");
            command.Bind("@tid", target);
        }

        SqlSearch.AddDateRange(sql, command, "v.date", query.From, query.To);
        sql.Append(" ORDER BY v.date IS NULL, v.date DESC, a.rowid DESC, v.position LIMIT @limit OFFSET @offset");
        command.Bind("@limit", Math.Max(1, query.Limit));
        command.Bind("@offset", Math.Max(0, query.Offset));
        command.CommandText = sql.ToString();
        return [.. Read(command)];
    }

    /// <summary>Every stored event, in article order and by position in the article: the rows of the export.</summary>
    public static IEnumerable<EventRecord> All(DbConnection connection, SqlDialect dialect)
    {
        if (!Exists(connection, dialect))
        {
            return [];
        }

        var command = connection.Command(Select() + " ORDER BY a.rowid, v.position");
        return Read(command, dispose: true);
    }

    /// <summary>Asserted events per month (of the event's date) and type with the entity on one side; months oldest first.</summary>
    public static IReadOnlyList<EventTypeCount> Counts(DbConnection connection, SqlDialect dialect, long entityId, EventRole role)
    {
        if (!Exists(connection, dialect))
        {
            return [];
        }

        var side = role == EventRole.Source ? "source" : "target";
        using var command = connection.Command($"""
            SELECT substr(v.date, 1, 7) AS m, v.type, count(*) FROM events v
            WHERE v.{side} = @id AND v.mode = 'asserted' AND {dialect.IsMonth("v.date")}
            GROUP BY substr(v.date, 1, 7), v.type ORDER BY m, v.type
            """).Bind("@id", entityId);
        using var r = command.ExecuteReader();
        var list = new List<EventTypeCount>();
        while (r.Read())
        {
            list.Add(new EventTypeCount(r.GetString(0), r.GetString(1), r.GetInt64(2)));
        }

        return list;
    }

    /// <summary>
    /// The condition that the actor on one side is called <paramref name="parameter"/> (normalized): its entity by
    /// any of its names, or, for an actor without an entity, words naming it that contain the name.
    /// </summary>
    private static string Names(SqlDialect dialect, string side, string parameter)
    {
        var words = dialect.Substring("a.text", $"v.{side}_mention_start + 1", $"v.{side}_mention_end - v.{side}_mention_start");
        return $"""
            ((v.{side} IS NOT NULL AND {EntityNames.Matches("v." + side, parameter)})
             OR (v.{side} IS NULL AND v.{side}_mention_start IS NOT NULL AND {dialect.Position($"lower({words})", parameter)} > 0))
            """;
    }

    private static string Select()
    {
        var sql = new StringBuilder("""
            SELECT a.id, a.title, a.published, a.url, a.site, a.text, v.position, v.start, v."end", v.trigger_start, v.trigger_end, v.type, v.mode, v.date
            """);
        foreach (var (alias, column, mention) in Roles)
        {
            sql.Append($", v.{column}, {alias}.name, {alias}.label, {alias}.country, {alias}.latitude, {alias}.longitude, ")
                .Append(mention ? $"v.{column}_mention_start, v.{column}_mention_end" : "NULL, NULL");
        }

        sql.Append(" FROM events v JOIN articles a ON a.rowid = v.article");
        foreach (var (alias, column, _) in Roles)
        {
            sql.Append($" LEFT JOIN entities {alias} ON {alias}.id = v.{column}");
        }

        return sql.Append(" WHERE TRUE").ToString();
    }

    private static IEnumerable<EventRecord> Read(DbCommand command, bool dispose = false)
    {
        try
        {
            using var r = command.ExecuteReader();
            while (r.Read())
            {
                // Spans are UTF-16 offsets; slice in .NET (SQLite's substr counts code points).
                var text = r.GetString(5);
                yield return new EventRecord(
                    r.GetString(0),
                    Int(r, 6),
                    r.GetString(11),
                    r.GetString(12),
                    SqlArticleQueries.Slice(text, Int(r, 7), Int(r, 8)),
                    SqlArticleQueries.Slice(text, Int(r, 9), Int(r, 10)))
                {
                    ArticleTitle = r.NullableString(1),
                    Published = r.NullableString(2),
                    ArticleUrl = r.NullableString(3),
                    Outlet = SqlArticleQueries.Outlet(r.NullableString(4), r.NullableString(3)),
                    Date = r.NullableString(13),
                    Source = Actor(r, 14, text),
                    Target = Actor(r, 22, text),
                    Place = Actor(r, 30, text),
                    ClaimedBy = Actor(r, 38, text),
                };
            }
        }
        finally
        {
            if (dispose)
            {
                command.Dispose();
            }
        }
    }

    /// <summary>The actor whose eight columns start at <paramref name="i"/>: key, name, label, country, latitude, longitude, mention start and end.</summary>
    private static EventActor? Actor(DbDataReader r, int i, string text)
    {
        if (!r.IsDBNull(i) && r.NullableString(i + 1) is { } name)
        {
            return new EventActor(r.GetInt64(i), name)
            {
                Label = r.NullableString(i + 2),
                Country = r.NullableString(i + 3),
                Latitude = r.IsDBNull(i + 4) ? null : r.GetDouble(i + 4),
                Longitude = r.IsDBNull(i + 5) ? null : r.GetDouble(i + 5),
            };
        }

        return r.IsDBNull(i + 6) || r.IsDBNull(i + 7) ? null : new EventActor(null, SqlArticleQueries.Slice(text, Int(r, i + 6), Int(r, i + 7)));
    }

    private static int Int(DbDataReader r, int i) => Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

}
