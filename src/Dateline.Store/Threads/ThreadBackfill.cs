using System.Data.Common;
using Dateline.Store.Sql;

namespace Dateline.Store.Threads;

/// <summary>
/// Threads the articles a store held before it had threads (schema version 5), when it is first opened by a
/// Dateline that has them: in publication order (undated last, then in the order stored), as if they had arrived
/// in that order, a transaction per chunk so a large store is not held in one. A store whose articles all have a
/// thread is left alone after one count.
/// </summary>
internal static class ThreadBackfill
{
    private const int ArticlesPerTransaction = 500;

    /// <summary>Returns how many articles were placed.</summary>
    public static int Run(DbConnection connection, SqlDialect dialect, ThreadOptions options)
    {
        WriteVectors(connection, dialect);
        if (connection.Long("SELECT count(*) FROM articles") == connection.Long("SELECT articles FROM thread_collection WHERE id = 1"))
        {
            return 0;
        }

        var pending = new List<long>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT a.rowid FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_threads t WHERE t.article = a.rowid)
                ORDER BY substr(a.published, 1, 10) IS NULL, substr(a.published, 1, 10), a.rowid
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                pending.Add(reader.GetInt64(0));
            }
        }

        foreach (var chunk in pending.Chunk(ArticlesPerTransaction))
        {
            using var transaction = connection.BeginTransaction();
            using (var assigner = new ThreadAssigner(connection, transaction, dialect, options))
            using (var read = connection.CreateCommand())
            {
                read.Transaction = transaction;
                read.CommandText = "SELECT title, text, published, duplicate_of FROM articles WHERE rowid = @rowid";
                read.Bind("@rowid", 0L);
                var rowid = read.Parameters[0];
                foreach (var article in chunk)
                {
                    rowid.Value = article;
                    string? title, text, published;
                    long? duplicateOf;
                    using (var reader = read.ExecuteReader())
                    {
                        reader.Read();
                        title = reader.IsDBNull(0) ? null : reader.GetString(0);
                        text = reader.GetString(1);
                        published = reader.IsDBNull(2) ? null : reader.GetString(2);
                        duplicateOf = reader.IsDBNull(3) ? null : reader.GetInt64(3);
                    }

                    assigner.Assign(article, title, text, published, duplicateOf);
                }

                assigner.Finish();
            }

            transaction.Commit();
        }

        return pending.Count;
    }

    /// <summary>
    /// Writes the vector (<see cref="ThreadVectors"/>) of every article threaded before the store had them (listed by
    /// the migration in <c>thread_vectors_pending</c>) from its rows in <c>thread_features</c>, read in key order, a
    /// transaction per chunk, through an index on article made for it; the list and the index are dropped with the
    /// last chunk.
    /// </summary>
    private static void WriteVectors(DbConnection connection, SqlDialect dialect)
    {
        if (!dialect.TableExists(connection, null, "thread_vectors_pending"))
        {
            return;
        }

        // The rows of an article are found by an index on article while the backfill runs (nothing else reads them so).
        connection.Execute("CREATE INDEX IF NOT EXISTS thread_features_article ON thread_features(article)");
        while (true)
        {
            using var transaction = connection.BeginTransaction();
            var chunk = new List<long>();
            using (var list = connection.Command("SELECT article FROM thread_vectors_pending ORDER BY article LIMIT @n", transaction).Bind("@n", ArticlesPerTransaction))
            using (var reader = list.ExecuteReader())
            {
                while (reader.Read())
                {
                    chunk.Add(reader.GetInt64(0));
                }
            }

            if (chunk.Count == 0)
            {
                connection.Execute("DROP TABLE thread_vectors_pending", transaction);
                connection.Execute("DROP INDEX IF EXISTS thread_features_article", transaction);
                transaction.Commit();
                return;
            }

            using (var features = connection.Command("SELECT feature, weight FROM thread_features WHERE article = @a", transaction).Bind("@a", 0L))
            using (var insert = connection.Command("INSERT INTO thread_vectors(article, features) VALUES(@a, @f) ON CONFLICT(article) DO NOTHING", transaction).Bind("@a", 0L).Bind("@f", Array.Empty<byte>()))
            using (var done = connection.Command("DELETE FROM thread_vectors_pending WHERE article = @a", transaction).Bind("@a", 0L))
            {
                foreach (var article in chunk)
                {
                    var vector = new List<WeightedFeature>();
                    features.Parameters[0].Value = article;
                    using (var reader = features.ExecuteReader())
                    {
                        while (reader.Read())
                        {
                            vector.Add(new WeightedFeature(reader.GetString(0), reader.GetDouble(1)));
                        }
                    }

                    insert.Parameters[0].Value = article;
                    insert.Parameters[1].Value = ThreadVectors.Encode(vector);
                    insert.ExecuteNonQuery();
                    done.Parameters[0].Value = article;
                    done.ExecuteNonQuery();
                }
            }

            transaction.Commit();
        }
    }
}
