using Dateline.Core.Layers;
using Dateline.Store.Export;
using System.Data.Common;

namespace Dateline.Store.Sql;

/// <summary>
/// The exported tables: articles, the collection-wide entities, one table per registered layer (rows name their
/// article by id, spans carry the text they cover), with the events layer the flat <c>event_rows</c>, and failures.
/// </summary>
internal static class SqlExport
{
    private static readonly ExportColumnType T = ExportColumnType.Text;
    private static readonly ExportColumnType I = ExportColumnType.Integer;
    private static readonly ExportColumnType R = ExportColumnType.Real;
    private static readonly ExportColumnType D = ExportColumnType.Date;
    private static readonly ExportColumnType S = ExportColumnType.Timestamp;
    private static readonly ExportColumnType L = ExportColumnType.TextList;

    public static IReadOnlyList<ExportTable> Tables(Func<DbConnection> open, SqlDialect dialect, LayerSet layers)
    {
        var tables = new List<ExportTable>
        {
            Table(open, "articles", """
                SELECT a.id, a.hash, a.input, a.url, a.title, a.published, a.modified, a.authors, a.language, a.site,
                       a.dateline_place, a.dateline_agency, a.reading_time, a.description, a.text, d.id, a.ingested_at,
                       a.published, a.modified, a.image
                FROM articles a LEFT JOIN articles d ON d.rowid = a.duplicate_of ORDER BY a.rowid
                """,
                ("id", T), ("hash", T), ("input", T), ("url", T), ("title", T), ("published", D), ("modified", D), ("authors", L), ("language", T), ("site", T),
                ("dateline_place", T), ("dateline_agency", T), ("reading_time", I), ("description", T), ("text", T), ("duplicate_of", T), ("ingested_at", S),
                ("published_at", S), ("modified_at", S), ("image", T)),
            Table(open, "entities", $"""
                SELECT id, label, name, country, latitude, longitude, (SELECT count(DISTINCT article) FROM article_entities ae WHERE ae.entity = e.id),
                       (SELECT {dialect.JsonArrayOf("name")} FROM (SELECT name FROM entity_names n WHERE n.entity = e.id GROUP BY name ORDER BY sum(articles) DESC, name) aliases),
                       key
                FROM entities e ORDER BY id
                """,
                ("id", I), ("label", T), ("name", T), ("country", T), ("latitude", R), ("longitude", R), ("articles", I), ("aliases", L), ("key", T)),
        };
        tables.AddRange(layers.Stored.Select(l => LayerTable(open, dialect, l.Table!)));
        if (layers.Stored.Any(l => l.Table!.Name == SqlEvents.Table))
        {
            tables.Add(EventRows(open, dialect));
        }

        tables.Add(Table(open, "failures", "SELECT doc_id, input, kind, message, component, hash, failed_at FROM failures ORDER BY rowid",
            ("id", T), ("input", T), ("kind", T), ("message", T), ("component", T), ("hash", T), ("failed_at", S)));
        return tables;
    }

    /// <summary>
    /// A layer table: article id, position, then the stored fields, each span followed by the text it covers
    /// (sliced in .NET: spans count UTF-16 units, SQLite's substr counts characters). A text list is a list column; a
    /// span list becomes two integer lists, <c>name_start</c> and <c>name_end</c>, as a span gives two integers.
    /// </summary>
    private static ExportTable LayerTable(Func<DbConnection> open, SqlDialect dialect, StoredTable table)
    {
        var columns = new List<ExportColumn> { new("article", T), new("position", I) };
        foreach (var column in table.Columns)
        {
            if (column.Type == StoredType.TextList)
            {
                columns.Add(new ExportColumn(column.Name, L));
                continue;
            }

            if (column.Type == StoredType.SpanList)
            {
                columns.Add(new ExportColumn(column.Name + "_start", ExportColumnType.IntegerList));
                columns.Add(new ExportColumn(column.Name + "_end", ExportColumnType.IntegerList));
                continue;
            }

            foreach (var field in column.Fields)
            {
                columns.Add(new ExportColumn(field.Name, field.Kind switch
                {
                    StoredFieldKind.Integer or StoredFieldKind.EntityKey => I,
                    StoredFieldKind.Real => R,
                    _ => T,
                }));
            }

            if (column.Type == StoredType.Span)
            {
                columns.Add(new ExportColumn(column.Name.Length == 0 ? "text" : column.Name + "_text", T));
            }
        }

        return new ExportTable(table.Name, columns, () => LayerRows(open, dialect, table, columns.Count));
    }

    private static IEnumerable<object?[]> LayerRows(Func<DbConnection> open, SqlDialect dialect, StoredTable table, int width)
    {
        using var connection = open();
        if (!dialect.TableExists(connection, null, table.Name))
        {
            yield break;
        }

        var fields = LayerSchema.Fields(table);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT t.article, t.position, {string.Join(", ", fields.Select(f => "t." + LayerSchema.Quote(f.Name)))} FROM {LayerSchema.Quote(table.Name)} t ORDER BY t.article, t.position";
        // Its own connection: a connection reads one result at a time (Npgsql has no multiple active result sets).
        using var textConnection = open();
        using var text = textConnection.Command("SELECT id, text FROM articles WHERE rowid = @a").Bind("@a", 0L);
        var article = text.Parameters[0];
        long current = -1;
        string id = string.Empty, body = string.Empty;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            if (reader.GetInt64(0) != current)
            {
                current = reader.GetInt64(0);
                article.Value = current;
                using var a = text.ExecuteReader();
                (id, body) = a.Read() ? (a.GetString(0), a.GetString(1)) : (current.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Empty);
            }

            var row = new object?[width];
            row[0] = id;
            row[1] = reader.GetInt64(1);
            int f = 2, o = 2;
            foreach (var column in table.Columns)
            {
                if (column.Type is StoredType.TextList or StoredType.SpanList)
                {
                    var json = reader.IsDBNull(f) ? null : reader.GetString(f);
                    f++;
                    if (column.Type == StoredType.TextList)
                    {
                        row[o++] = ExportValues.TextList(json);
                    }
                    else
                    {
                        row[o++] = ExportValues.SpanBounds(json, end: false);
                        row[o++] = ExportValues.SpanBounds(json, end: true);
                    }

                    continue;
                }

                foreach (var _ in column.Fields)
                {
                    row[o++] = reader.IsDBNull(f) ? null : reader.GetValue(f);
                    f++;
                }

                if (column.Type == StoredType.Span)
                {
                    row[o] = row[o - 2] is long start && row[o - 1] is long end && start >= 0 && start <= end && end <= body.Length ? body[(int)start..(int)end] : null;
                    o++;
                }
            }

            yield return row;
        }
    }

    /// <summary>
    /// <c>event_rows</c>, the events flat as GDELT's event files are: one row per event with its date, both actors'
    /// names, types and countries, the place with its coordinates, the article and the sentence (docs/exports.md).
    /// </summary>
    private static ExportTable EventRows(Func<DbConnection> open, SqlDialect dialect)
    {
        ExportColumn[] columns =
        [
            new("date", D), new("source_name", T), new("source_type", T), new("source_country", T), new("event_type", T),
            new("target_name", T), new("target_type", T), new("target_country", T), new("mode", T), new("place_name", T),
            new("latitude", R), new("longitude", R), new("article", T), new("position", I), new("url", T), new("sentence", T),
            new("trigger", T), new("claimed_by", T), new("source_entity", I), new("target_entity", I), new("place_entity", I),
        ];
        return new ExportTable("event_rows", columns, () => Rows(open, dialect));

        static IEnumerable<object?[]> Rows(Func<DbConnection> open, SqlDialect dialect)
        {
            using var connection = open();
            foreach (var e in SqlEvents.All(connection, dialect))
            {
                yield return
                [
                    ExportValues.Date(e.Date), e.Source?.Name, e.Source?.Label, e.Source?.Country, e.Type,
                    e.Target?.Name, e.Target?.Label, e.Target?.Country, e.Mode, e.Place?.Name,
                    e.Place?.Latitude, e.Place?.Longitude, e.ArticleId, (long)e.Position, e.ArticleUrl, e.Sentence,
                    e.Trigger, e.ClaimedBy?.Name, e.Source?.Id, e.Target?.Id, e.Place?.Id,
                ];
            }
        }
    }

    private static ExportTable Table(Func<DbConnection> open, string name, string sql, params (string Name, ExportColumnType Type)[] columns)
    {
        var exported = columns.Select(c => new ExportColumn(c.Name, c.Type)).ToArray();
        return new(name, exported, () => Rows(open, sql, exported));
    }

    /// <summary>Rows of a query, each value turned into its column's type (dates and lists are kept as ISO and JSON text).</summary>
    private static IEnumerable<object?[]> Rows(Func<DbConnection> open, string sql, ExportColumn[] columns)
    {
        using var connection = open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new object?[columns.Length];
            for (var i = 0; i < columns.Length; i++)
            {
                var value = reader.IsDBNull(i) ? null : reader.GetValue(i);
                row[i] = columns[i].Type switch
                {
                    ExportColumnType.Date => ExportValues.Date(value as string),
                    ExportColumnType.Timestamp => ExportValues.Timestamp(value as string),
                    ExportColumnType.TextList => ExportValues.TextList(value as string),
                    _ => value,
                };
            }

            yield return row;
        }
    }
}
