using System.Collections.Immutable;
using System.Text.Json;
using Dateline.Core.Model;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Sqlite;

/// <summary>Reads one article back as a document with all its stored layers.</summary>
internal static class SqliteArticleReader
{
    public static StoredArticle? Find(SqliteConnection c, string id)
    {
        using var command = c.CreateCommand();
        command.CommandText = """
            SELECT a.rowid, a.id, a.hash, a.input, a.url, a.title, a.published, a.modified, a.authors, a.language, a.site,
                   a.dateline_place, a.dateline_agency, a.reading_time, a.description, a.image, a.text, a.paragraphs, a.warnings,
                   a.ingested_at, d.id
            FROM articles a LEFT JOIN articles d ON d.rowid = a.duplicate_of
            WHERE a.id = $id
            """;
        command.Parameters.AddWithValue("$id", id);
        using var r = command.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        var rowid = r.GetInt64(0);
        string? S(int i) => r.IsDBNull(i) ? null : r.GetString(i);
        var text = r.GetString(16);
        var metadata = new ArticleMetadata
        {
            Url = S(4),
            Title = S(5),
            Published = S(6),
            Modified = S(7),
            Authors = S(8) is { } authors ? JsonSerializer.Deserialize<string[]>(authors) ?? [] : [],
            Language = S(9),
            SiteName = S(10),
            Dateline = S(11) is not null || S(12) is not null ? new DatelineInfo(S(11), S(12)) : null,
            ReadingTimeMinutes = r.IsDBNull(13) ? null : r.GetInt32(13),
            Description = S(14),
            Image = S(15),
        };
        var raw = new RawPage(r.GetString(1), r.GetString(3), ReadOnlyMemory<byte>.Empty) { PreDecodedText = text, DeclaredKind = ContentKind.Text, Url = S(4) };
        var document = Document.FromRaw(raw)
            .WithContent(new DecodedContent(text, ContentKind.Text, "utf-16"))
            .WithText(text)
            .WithMetadata(metadata);
        if (S(18) is { } warnings)
        {
            foreach (var w in JsonSerializer.Deserialize<string[]>(warnings) ?? [])
            {
                document = document.AddWarning(w);
            }
        }

        var paragraphs = S(17) is { } p ? JsonSerializer.Deserialize<int[][]>(p) ?? [] : [];
        document = document.WithLayer<Paragraph>([.. paragraphs.Select(x => new Paragraph(new TextSpan(x[0], x[1])))]);
        var stored = new StoredArticle(r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(19), document) { DuplicateOf = S(20) };
        r.Close();

        var (entities, keys) = Entities(c, rowid);
        document = document.WithCollection(entities)
            .WithLayer(Rows(c, rowid, "SELECT start, \"end\", label, local_entity FROM mentions WHERE article = $a ORDER BY start",
                x => new EntityMention(Span(x), x.GetString(2)) { EntityId = Str(x, 3) }))
            .WithLayer(Rows(c, rowid, "SELECT start, \"end\", kind, cue, cue_start, cue_end, speaker_start, speaker_end, local_speaker FROM quotes WHERE article = $a ORDER BY start",
                x => new Quote(Span(x), Enum.Parse<QuoteKind>(x.GetString(2), ignoreCase: true))
                {
                    Cue = Str(x, 3),
                    CueSpan = x.IsDBNull(4) ? null : new TextSpan(x.GetInt32(4), x.GetInt32(5)),
                    SpeakerMention = x.IsDBNull(6) ? null : new TextSpan(x.GetInt32(6), x.GetInt32(7)),
                    SpeakerId = Str(x, 8),
                }))
            .WithLayer(Rows(c, rowid, "SELECT start, \"end\", type, value FROM times WHERE article = $a ORDER BY start",
                x => new TimeExpression(Span(x), x.GetString(2), Str(x, 3))))
            .WithLayer(Rows(c, rowid, "SELECT start, \"end\", value, upper_value, modifier, unit FROM amounts WHERE article = $a ORDER BY start",
                x => new Amount(Span(x), x.GetDouble(2)) { UpperValue = x.IsDBNull(3) ? null : x.GetDouble(3), Modifier = Str(x, 4), Unit = Str(x, 5) }))
            .WithLayer(Rows(c, rowid, "SELECT start, \"end\", type, local_subject, local_object FROM relations WHERE article = $a ORDER BY start",
                x => new Relation(Span(x), x.GetString(2), x.GetString(3), x.GetString(4) is { Length: > 0 } o ? o : null)))
            .WithRelated(Rows(c, rowid, "SELECT title, summary, url FROM related_links WHERE article = $a ORDER BY position",
                x => new RelatedLink(x.GetString(0), Str(x, 1), Str(x, 2))))
            .WithRemoved(Rows(c, rowid, "SELECT text, reason FROM removed_blocks WHERE article = $a ORDER BY position",
                x => new RemovedBlock(x.GetString(0), x.GetString(1))));

        var copies = Rows(c, rowid, """
            SELECT b.id FROM articles a JOIN articles b ON coalesce(b.duplicate_of, b.rowid) = coalesce(a.duplicate_of, a.rowid)
            WHERE a.rowid = $a AND b.rowid != a.rowid ORDER BY b.rowid
            """, x => x.GetString(0));
        return stored with { Document = document, Copies = copies, EntityKeys = keys };
    }

    private static (ImmutableArray<Entity> Entities, Dictionary<string, long> Keys) Entities(SqliteConnection c, long article)
    {
        var mentions = Rows(c, article, "SELECT local_entity, start, \"end\" FROM mentions WHERE article = $a AND local_entity IS NOT NULL ORDER BY start",
            x => (Id: x.GetString(0), Span: new TextSpan(x.GetInt32(1), x.GetInt32(2))))
            .ToLookup(m => m.Id, m => m.Span);
        var keys = new Dictionary<string, long>(StringComparer.Ordinal);
        var entities = Rows(c, article, """
            SELECT ae.local_id, ae.name, e.label, ae.roles, e.country, e.latitude, e.longitude, e.id
            FROM article_entities ae JOIN entities e ON e.id = ae.entity WHERE ae.article = $a ORDER BY ae.local_id
            """,
            x =>
            {
                keys[x.GetString(0)] = x.GetInt64(7);
                return new Entity(x.GetString(0), x.GetString(1), x.GetString(2))
                {
                    Roles = Str(x, 3) is { } roles ? JsonSerializer.Deserialize<string[]>(roles) ?? [] : [],
                    Country = Str(x, 4),
                    Latitude = x.IsDBNull(5) ? null : x.GetDouble(5),
                    Longitude = x.IsDBNull(6) ? null : x.GetDouble(6),
                    Mentions = [.. mentions[x.GetString(0)]],
                };
            });
        return (entities, keys);
    }

    private static TextSpan Span(SqliteDataReader x) => new(x.GetInt32(0), x.GetInt32(1));

    private static string? Str(SqliteDataReader x, int i) => x.IsDBNull(i) ? null : x.GetString(i);

    private static ImmutableArray<T> Rows<T>(SqliteConnection c, long article, string sql, Func<SqliteDataReader, T> map)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        command.Parameters.AddWithValue("$a", article);
        using var reader = command.ExecuteReader();
        var list = ImmutableArray.CreateBuilder<T>();
        while (reader.Read())
        {
            list.Add(map(reader));
        }

        return list.ToImmutable();
    }
}
