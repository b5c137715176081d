using Dateline.Core.Pipeline;
using Dateline.Extraction;
using Dateline.Language.Amounts;
using Dateline.Language.Quotes;
using Dateline.Language.Relations;
using Dateline.Language.Times;
using Dateline.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Dateline.Store.Tests.Sqlite;

/// <summary>
/// A store written by round 1 (schema version 2, hand-made layer tables; Fixtures/round1-samples.db is `ingest` of
/// the samples and one written page, made by the round-1 CLI) opens, moves its rows into the tables built from the
/// layers, and reads back what round 1's `show` printed.
/// </summary>
public sealed class LegacySchemaTests : IDisposable
{
    private readonly TempFolder _dir = new("dateline-legacy-");

    public void Dispose() => _dir.Dispose();

    private string CopyFixture()
    {
        var path = _dir.File("round1.db");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "round1-samples.db"), path);
        return path;
    }

    [Fact]
    public void ARoundOneStoreReadsBackEveryLayer()
    {
        var path = CopyFixture();
        using (var store = SqliteArticleStore.Open(path, TempStore.Layers))
        {
            var stored = store.Find("harbour-backers")!;
            var d = stored.Document;
            Assert.Equal(2, d.Paragraphs.Length);
            Assert.Equal(["Cairo", "AP", "Egypt", "United Arab Emirates and France", "Turkey", "Amira Hassan"], d.Entities.Select(e => e.Name));
            Assert.All(d.Entities, e => Assert.NotEmpty(e.Mentions));
            Assert.Equal(8, d.Layer<Core.Layers.Entities.EntityMention>().Length);
            var names = d.Entities.ToDictionary(e => e.Id, e => e.Name);
            Assert.Equal(["The port authority", "Amira Hassan", "Amira Hassan"], d.Layer<Quote>().Select(q => q.SpeakerId is { } id ? names[id] : d.TextOf(q.SpeakerMention!.Value)));
            Assert.Equal(["XXXX-WXX-1", "2026"], d.Layer<TimeExpression>().Select(t => t.Value));
            Assert.Equal(1200, Assert.Single(d.Layer<Amount>()).Value);
            var relations = d.Layer<Relation>();
            Assert.Equal(3, relations.Length);
            Assert.All(relations, r => Assert.True(r.Type == RelationType.Backs && r.ObjectId is null));
            Assert.Equal(6, stored.EntityKeys.Count);
            Assert.Equal(22, store.Find("cafe-rent-rise")!.Document.Removed.Length + store.Find("orchard-cooperative")!.Document.Removed.Length + store.Find("harbour-ferry-terminal")!.Document.Removed.Length);

            // The store goes on: a new article is written and read back beside the old ones.
            var fresh = Articles.Make("fresh", "Fresh", "Vladimir Putin spoke in Moscow.\n\nThe Kremlin said nothing.");
            Assert.Equal(1, store.Write([Articles.Record(fresh)]).Stored);
            Assert.Equal(2, store.Find("fresh")!.Document.Paragraphs.Length);
        }

        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        Assert.Equal((long)SqliteMigrations.Latest, Scalar(connection, "PRAGMA user_version"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'entities_v3'"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM article_entities WHERE entity IS NULL OR entity NOT IN (SELECT id FROM entities)"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM pragma_foreign_key_check"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'legacy_%'"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM pragma_table_info('articles') WHERE name = 'paragraphs'"));
        Assert.Equal(3L, Scalar(connection, "SELECT count(*) FROM relations WHERE local_object IS NULL"));
    }

    [Fact]
    public void AStoreOpenedWithFewerLayersKeepsTheLegacyRowsForLater()
    {
        var path = CopyFixture();
        using (var store = SqliteArticleStore.Open(path, new PipelineBuilder().UseExtraction().Layers))
        {
            Assert.Equal(2, store.Find("harbour-backers")!.Document.Paragraphs.Length);
        }

        using (var store = SqliteArticleStore.Open(path, TempStore.Layers))
        {
            Assert.Equal(3, store.Find("harbour-backers")!.Document.Layer<Quote>().Length);
        }

        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'legacy_%'"));
    }

    /// <summary>
    /// Opened first with the entities layer but without another layer the legacy tables hold (so their import waits),
    /// the store keeps the version-3 entities the legacy rows name until the import has run: the entity resolution
    /// that drops them waits too, and a later open with every layer imports every row.
    /// </summary>
    [Fact]
    public void TheEntityResolutionWaitsForTheLegacyImport()
    {
        var path = CopyFixture();
        var extractionAndEntities = new PipelineBuilder().UseExtraction().Layers.With(TempStore.Layers.Where(l => l.Name == "entities"));
        Assert.NotNull(extractionAndEntities.Find("entities"));
        Assert.Null(extractionAndEntities.Find("quotes"));
        using (var store = SqliteArticleStore.Open(path, extractionAndEntities))
        {
            Assert.Equal(2, store.Find("harbour-backers")!.Document.Paragraphs.Length);
        }

        using (var store = SqliteArticleStore.Open(path, TempStore.Layers))
        {
            var d = store.Find("harbour-backers")!.Document;
            Assert.Equal(3, d.Layer<Quote>().Length);
            Assert.Equal(6, d.Entities.Length);
        }

        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'legacy_%' OR name = 'entities_v3'"));
        Assert.Equal(0L, Scalar(connection, "SELECT count(*) FROM article_entities WHERE entity IS NULL OR entity NOT IN (SELECT id FROM entities)"));
    }

    /// <summary>
    /// A new store first opened with fewer layers holds empty legacy tables; one whose version-3 entities an older
    /// build dropped before the import (the state the search bench's stores were left in) opens with every layer.
    /// </summary>
    [Fact]
    public void EmptyLegacyRowsWhoseVersionThreeEntitiesAreGoneAreDropped()
    {
        var path = _dir.File("new.db");
        var extractionAndEntities = new PipelineBuilder().UseExtraction().Layers.With(TempStore.Layers.Where(l => l.Name == "entities"));
        SqliteArticleStore.Open(path, extractionAndEntities).Dispose();
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'legacy_article_entities'"));
            Assert.Equal(1L, Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE name = 'entities_v3'"));
            Scalar(connection, "DROP TABLE entities_v3");
        }

        using (var store = SqliteArticleStore.Open(path, TempStore.Layers))
        {
            var fresh = Articles.Make("fresh", "Fresh", "Vladimir Putin spoke in Moscow.\n\nThe Kremlin said nothing.");
            Assert.Equal(1, store.Write([Articles.Record(fresh)]).Stored);
            Assert.NotEmpty(store.Find("fresh")!.Document.Entities);
        }

        using var check = new SqliteConnection($"Data Source={path};Pooling=False");
        check.Open();
        Assert.Equal(0L, Scalar(check, "SELECT count(*) FROM sqlite_master WHERE name LIKE 'legacy_%'"));
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
