using System.Text;
using Dateline.Store.Threads;
using Microsoft.Data.Sqlite;
using static Dateline.Store.Tests.Threads.ThreadFixtures;

namespace Dateline.Store.Tests.Threads;

/// <summary>An article's kept thread features stored as one value (<see cref="ThreadVectors"/>), and their backfill.</summary>
public class ThreadVectorsTests
{
    [Fact]
    public void AVectorReadsBackWithItsKeysInByteOrder()
    {
        var longKey = "word:" + new string('q', 300);
        WeightedFeature[] features =
        [
            new("word:zebra", 0.5), new("word:émeute", 0.25), new("entity:12", 0.125), new("word:\U0001F600", 1.0 / 3),
            new("word:\uFF21", -0.0625), new(longKey, 0.1),
        ];

        var decoded = ThreadVectors.Decode(ThreadVectors.Encode(features));

        // The byte order of the UTF-8 keys (SQLite's BINARY order), which puts U+FF21 before U+1F600 although UTF-16 does not.
        var expected = features.OrderBy(f => Encoding.UTF8.GetBytes(f.Key), Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b))).ToList();
        Assert.Equal(expected, decoded);
        Assert.True(decoded.FindIndex(f => f.Key == "word:\uFF21") < decoded.FindIndex(f => f.Key == "word:\U0001F600"));
    }

    [Fact]
    public void AnEmptyVectorIsEmpty() => Assert.Empty(ThreadVectors.Decode(ThreadVectors.Encode([])));

    [Fact]
    public void VectorsOfArticlesThreadedBeforeThemAreWrittenFromTheirFeaturesWhenTheStoreIsOpened()
    {
        using var t = new TempStore();
        t.Store.Write([Story(), FollowUp(), Unrelated(), .. Background()]);
        var written = Vectors(t.Path);

        // As a store of version 6 was migrated: no vectors, every threaded article pending.
        Execute(t.Path, "DELETE FROM thread_vectors; CREATE TABLE thread_vectors_pending AS SELECT article FROM article_threads;");
        t.Reopen();

        var rebuilt = Vectors(t.Path);
        Assert.Equal(BackgroundTexts.Length + 3, rebuilt.Count);
        Assert.Equal(written.Keys.Order(), rebuilt.Keys.Order());
        foreach (var (article, vector) in written)
        {
            Assert.Equal(vector, rebuilt[article]);
        }

        Assert.Equal(0L, Scalar(t.Path, "SELECT count(*) FROM sqlite_master WHERE name = 'thread_vectors_pending'"));

        // The index by article the backfill reads through is gone with it (migration 10: nothing else reads by article).
        Assert.Equal(0L, Scalar(t.Path, "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = 'thread_features' AND sql IS NOT NULL"));

        // And they are the article's feature rows, in key order.
        var any = written.Keys.First();
        Assert.Equal(Features(t.Path, any), ThreadVectors.Decode(rebuilt[any]).Select(f => (f.Key, f.Weight)));
    }

    private static Dictionary<long, byte[]> Vectors(string path)
    {
        using var c = Open(path);
        using var command = c.CreateCommand();
        command.CommandText = "SELECT article, features FROM thread_vectors";
        using var r = command.ExecuteReader();
        var vectors = new Dictionary<long, byte[]>();
        while (r.Read())
        {
            vectors[r.GetInt64(0)] = (byte[])r.GetValue(1);
        }

        return vectors;
    }

    private static List<(string, double)> Features(string path, long article)
    {
        using var c = Open(path);
        using var command = c.CreateCommand();
        command.CommandText = "SELECT feature, weight FROM thread_features WHERE article = $a ORDER BY feature";
        command.Parameters.AddWithValue("$a", article);
        using var r = command.ExecuteReader();
        var list = new List<(string, double)>();
        while (r.Read())
        {
            list.Add((r.GetString(0), r.GetDouble(1)));
        }

        return list;
    }

    private static void Execute(string path, string sql)
    {
        using var c = Open(path);
        using var command = c.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long Scalar(string path, string sql)
    {
        using var c = Open(path);
        using var command = c.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static SqliteConnection Open(string path)
    {
        var c = new SqliteConnection($"Data Source={path};Pooling=False");
        c.Open();
        return c;
    }
}
