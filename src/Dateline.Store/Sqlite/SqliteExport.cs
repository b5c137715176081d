using Dateline.Store.Export;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite;

/// <summary>The exported tables: articles, each knowledge layer and failures, with article and entity keys resolved to ids.</summary>
internal static class SqliteExport
{
    private static readonly ExportColumnType T = ExportColumnType.Text;
    private static readonly ExportColumnType I = ExportColumnType.Integer;
    private static readonly ExportColumnType R = ExportColumnType.Real;

    public static IReadOnlyList<ExportTable> Tables(Func<SqliteConnection> open) =>
    [
        Table(open, "articles", """
            SELECT a.id, a.hash, a.input, a.url, a.title, a.published, a.modified, a.authors, a.language, a.site,
                   a.dateline_place, a.dateline_agency, a.reading_time, a.description, a.text, d.id, a.ingested_at
            FROM articles a LEFT JOIN articles d ON d.rowid = a.duplicate_of ORDER BY a.rowid
            """,
            ("id", T), ("hash", T), ("input", T), ("url", T), ("title", T), ("published", T), ("modified", T), ("authors", T), ("language", T), ("site", T),
            ("dateline_place", T), ("dateline_agency", T), ("reading_time", I), ("description", T), ("text", T), ("duplicate_of", T), ("ingested_at", T)),
        Table(open, "entities", "SELECT id, label, name, country, latitude, longitude, (SELECT count(*) FROM article_entities ae WHERE ae.entity = e.id) FROM entities e ORDER BY id",
            ("id", I), ("label", T), ("name", T), ("country", T), ("latitude", R), ("longitude", R), ("articles", I)),
        Table(open, "article_entities", "SELECT a.id, ae.local_id, ae.entity, ae.name, ae.roles, ae.mention_count FROM article_entities ae JOIN articles a ON a.rowid = ae.article ORDER BY ae.article, ae.local_id",
            ("article", T), ("local_id", T), ("entity", I), ("name", T), ("roles", T), ("mentions", I)),
        Table(open, "mentions", "SELECT a.id, m.start, m.\"end\", substr(a.text, m.start + 1, m.\"end\" - m.start), m.label, m.entity, m.local_entity FROM mentions m JOIN articles a ON a.rowid = m.article ORDER BY m.rowid",
            ("article", T), ("start", I), ("end", I), ("text", T), ("label", T), ("entity", I), ("local_entity", T)),
        Table(open, "quotes", "SELECT a.id, q.start, q.\"end\", substr(a.text, q.start + 1, q.\"end\" - q.start), q.kind, q.cue, q.speaker, q.local_speaker, CASE WHEN q.speaker_start IS NULL THEN NULL ELSE substr(a.text, q.speaker_start + 1, q.speaker_end - q.speaker_start) END FROM quotes q JOIN articles a ON a.rowid = q.article ORDER BY q.rowid",
            ("article", T), ("start", I), ("end", I), ("text", T), ("kind", T), ("cue", T), ("speaker", I), ("local_speaker", T), ("speaker_text", T)),
        Table(open, "times", "SELECT a.id, t.start, t.\"end\", substr(a.text, t.start + 1, t.\"end\" - t.start), t.type, t.value FROM times t JOIN articles a ON a.rowid = t.article ORDER BY t.rowid",
            ("article", T), ("start", I), ("end", I), ("text", T), ("type", T), ("value", T)),
        Table(open, "amounts", "SELECT a.id, x.start, x.\"end\", substr(a.text, x.start + 1, x.\"end\" - x.start), x.value, x.upper_value, x.modifier, x.unit FROM amounts x JOIN articles a ON a.rowid = x.article ORDER BY x.rowid",
            ("article", T), ("start", I), ("end", I), ("text", T), ("value", R), ("upper_value", R), ("modifier", T), ("unit", T)),
        Table(open, "relations", "SELECT a.id, r.start, r.\"end\", substr(a.text, r.start + 1, r.\"end\" - r.start), r.type, r.subject, r.object, r.local_subject, r.local_object FROM relations r JOIN articles a ON a.rowid = r.article ORDER BY r.rowid",
            ("article", T), ("start", I), ("end", I), ("text", T), ("type", T), ("subject", I), ("object", I), ("local_subject", T), ("local_object", T)),
        Table(open, "related_links", "SELECT a.id, l.position, l.title, l.summary, l.url FROM related_links l JOIN articles a ON a.rowid = l.article ORDER BY l.rowid",
            ("article", T), ("position", I), ("title", T), ("summary", T), ("url", T)),
        Table(open, "failures", "SELECT doc_id, input, kind, message, component, hash, failed_at FROM failures ORDER BY rowid",
            ("id", T), ("input", T), ("kind", T), ("message", T), ("component", T), ("hash", T), ("failed_at", T)),
    ];

    private static ExportTable Table(Func<SqliteConnection> open, string name, string sql, params (string Name, ExportColumnType Type)[] columns)
        => new(name, [.. columns.Select(c => new ExportColumn(c.Name, c.Type))], () => Rows(open, sql, columns.Length));

    private static IEnumerable<object?[]> Rows(Func<SqliteConnection> open, string sql, int width)
    {
        using var connection = open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var row = new object?[width];
            for (var i = 0; i < width; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }

            yield return row;
        }
    }
}
