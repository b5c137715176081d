using System.Collections.Immutable;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Store.Layers;
using System.Data.Common;

namespace Dateline.Store.Sql;

/// <summary>Reads one article back as a document with every registered layer the store holds for it.</summary>
internal static class ArticleReader
{
    public static StoredArticle? Find(DbConnection c, SqlDialect dialect, LayerSet layers, string id)
    {
        using var command = c.CreateCommand();
        command.CommandText = """
            SELECT a.rowid, a.id, a.hash, a.input, a.url, a.title, a.published, a.modified, a.authors, a.language, a.site,
                   a.dateline_place, a.dateline_agency, a.reading_time, a.description, a.image, a.text, a.warnings,
                   a.ingested_at, d.id, t.thread
            FROM articles a LEFT JOIN articles d ON d.rowid = a.duplicate_of LEFT JOIN article_threads t ON t.article = a.rowid
            WHERE a.id = @id
            """;
        command.Bind("@id", id);
        using var r = command.ExecuteReader();
        if (!r.Read())
        {
            return null;
        }

        var rowid = r.GetInt64(0);
        var text = r.GetString(16);
        var metadata = new ArticleMetadata
        {
            Url = r.NullableString(4),
            Title = r.NullableString(5),
            Published = r.NullableString(6),
            Modified = r.NullableString(7),
            Authors = r.NullableString(8) is { } authors ? StoreJson.Strings(authors) ?? [] : [],
            Language = r.NullableString(9),
            SiteName = r.NullableString(10),
            Dateline = r.NullableString(11) is not null || r.NullableString(12) is not null ? new DatelineInfo(r.NullableString(11), r.NullableString(12)) : null,
            ReadingTimeMinutes = r.IsDBNull(13) ? null : r.GetInt32(13),
            Description = r.NullableString(14),
            Image = r.NullableString(15),
        };
        var raw = new RawPage(r.GetString(1), r.GetString(3), ReadOnlyMemory<byte>.Empty)
        {
            PreDecodedText = text,
            DeclaredKind = ContentKind.Text,
            Url = r.NullableString(4),
            Warnings = r.NullableString(17) is { } warnings ? StoreJson.Strings(warnings) ?? [] : [],
        };
        var document = Document.FromRaw(raw)
            .WithContent(new DecodedContent(text, ContentKind.Text, "utf-16"))
            .WithText(text)
            .WithMetadata(metadata);
        var stored = new StoredArticle(r.GetString(1), r.GetString(2), r.GetString(3), r.GetString(18), document) { DuplicateOf = r.NullableString(19), Thread = r.IsDBNull(20) ? null : r.GetInt64(20) };
        r.Close();

        var keys = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var layer in layers.Stored)
        {
            if (dialect.TableExists(c, null, layer.Table!.Name))
            {
                document = layer.FromRows(document, Rows(c, layer.Table, rowid, keys));
            }
        }

        var copies = Column(c, rowid, """
            SELECT b.id FROM articles a JOIN articles b ON coalesce(b.duplicate_of, b.rowid) = coalesce(a.duplicate_of, a.rowid)
            WHERE a.rowid = @a AND b.rowid != a.rowid ORDER BY b.rowid
            """);
        return stored with { Document = document, Copies = copies, EntityKeys = keys };
    }

    /// <summary>The article's rows of a layer table in layer order; entity keys met on the way are added to <paramref name="keys"/>.</summary>
    private static List<StoredRow> Rows(DbConnection c, StoredTable table, long article, Dictionary<string, long> keys)
    {
        var fields = LayerSchema.Fields(table);
        using var command = c.CreateCommand();
        command.CommandText = $"SELECT {string.Join(", ", fields.Select(f => LayerSchema.Quote(f.Name)))} FROM {LayerSchema.Quote(table.Name)} WHERE article = @a ORDER BY position";
        command.Bind("@a", article);
        using var reader = command.ExecuteReader();
        var rows = new List<StoredRow>();
        object? Field(int i) => reader.IsDBNull(i) ? null : reader.GetValue(i);
        while (reader.Read())
        {
            rows.Add(StoredValues.FromFields(table, Field));
            StoredValues.CollectKeys(table, Field, keys);
        }

        return rows;
    }

    private static ImmutableArray<string> Column(DbConnection c, long article, string sql)
    {
        using var command = c.CreateCommand();
        command.CommandText = sql;
        command.Bind("@a", article);
        using var reader = command.ExecuteReader();
        var list = ImmutableArray.CreateBuilder<string>();
        while (reader.Read())
        {
            list.Add(reader.GetString(0));
        }

        return list.ToImmutable();
    }
}
