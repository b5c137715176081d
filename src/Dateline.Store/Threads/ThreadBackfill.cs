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
            }

            transaction.Commit();
        }

        return pending.Count;
    }
}
