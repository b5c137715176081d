using System.Globalization;
using Dateline.Store.Sql;
using System.Data.Common;

namespace Dateline.Store.Threads;

/// <summary>
/// Places each new article in a story thread, inside the caller's transaction (tables of Migrations/005_threads.sql).
/// A near-duplicate joins its original's thread. Otherwise the article's rare features look up the stored articles
/// within <see cref="ThreadOptions.WindowDays"/> that share them; the thread of the most similar one (the cosines of
/// their entities and of their words, mixed by <see cref="ThreadOptions.EntityShare"/>) is joined when the similarity reaches <see cref="ThreadOptions.JoinThreshold"/>, else the
/// article starts a thread. Only the new article is placed and nothing stored moves, so the threads depend on the
/// order articles arrive in, and the same order always gives the same threads.
/// </summary>
internal sealed class ThreadAssigner : IDisposable
{
    private readonly ThreadOptions _options;
    private readonly bool _hasEntities;
    private readonly CommandCache _sql;

    /// <summary>
    /// Rare features whose postings one statement reads: fewer executions (each binds its parameters by name and
    /// resets its statement); a query per feature was most of an ingest's thread assignment (bench/README.md, issue 20).
    /// </summary>
    private const int FeaturesPerStatement = 16;

    private readonly SqlDialect _dialect;
    private readonly Dictionary<string, string> _postingsSql = new(StringComparer.Ordinal);

    public ThreadAssigner(DbConnection connection, DbTransaction transaction, SqlDialect dialect, ThreadOptions options, DeferredWrites? deferred = null)
    {
        _sql = new CommandCache(connection, transaction, dialect, deferred);
        _dialect = dialect;
        _options = options;

        // A store opened without the entities layer has no entities table: its articles are threaded by words alone.
        _hasEntities = dialect.TableExists(connection, transaction, "article_entities");
    }

    /// <summary>Places the stored article (its row and layers already written) and returns its thread.</summary>
    /// <param name="article">The article's rowid.</param>
    /// <param name="title">Its title, if any.</param>
    /// <param name="text">Its clean text.</param>
    /// <param name="published">Its publication date as stored (ISO 8601, or null).</param>
    /// <param name="duplicateOf">The rowid of the article it is a near-duplicate of, if any.</param>
    public long Assign(long article, string? title, string text, string? published, long? duplicateOf)
    {
        var features = ThreadFeatures.Of(title, text, EntityFeatures(article), _options);
        var articles = Convert.ToInt64(Scalar("collection", "SELECT articles FROM thread_collection WHERE id = 1"), CultureInfo.InvariantCulture);
        // Every feature's document frequency in one query (an article has a few hundred features).
        var keys = System.Text.Json.JsonSerializer.Serialize(features.Keys);
        var frequencies = new Dictionary<string, long>(StringComparer.Ordinal);
        _sql.ForEach("dfs", $"SELECT feature, df FROM thread_term_df WHERE {_dialect.InJsonTextArray("feature", "$1")}", [keys], row => frequencies[row.Text(0)] = row.Int64(1));

        long DocumentFrequency(string key)
        {
            if (!frequencies.TryGetValue(key, out var df) && !features.ContainsKey(key))
            {
                df = Scalar("df", "SELECT df FROM thread_term_df WHERE feature = $1", key) is { } v ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : 0;
                frequencies[key] = df;
            }

            return df;
        }

        var vector = ThreadFeatures.Vector(features, DocumentFrequency, articles, _options.FeaturesPerArticle);
        var date = Export.ExportValues.Day(published);
        var candidates = Candidates(vector, DocumentFrequency, articles, date);
        var match = duplicateOf is { } original && ThreadOf(original) is { } originalThread
            ? new ThreadMatch(originalThread, null, null)
            : Best(candidates) is { } best && best.Score >= _options.JoinThreshold
                ? best
                : new ThreadMatch(NewThread(), null, null);

        NonQuery("place", "INSERT INTO article_threads(article, thread, score, centrality) VALUES($1, $2, $3, $4)", article, match.Thread, match.Score, match.Score ?? 0.0);
        if (match.Article is { } closest)
        {
            // Centrality: the summed similarity by which articles joined through this one; the most central title labels the thread.
            NonQuery("centrality", "UPDATE article_threads SET centrality = centrality + $2 WHERE article = $1", closest, match.Score);
        }

        NonQuery("vector-add", "INSERT INTO thread_vectors(article, features) VALUES($1, $2)", article, ThreadVectors.Encode(vector));
        _sql.InsertRows("features", "thread_features(feature, article, weight, thread)", [.. vector.Select(f => new object?[] { f.Key, article, f.Weight, match.Thread })]);

        NonQuery("df-add", $"INSERT INTO thread_term_df(feature, df) SELECT value, 1 FROM ({_dialect.JsonTextValues("$1")}) AS v WHERE true ON CONFLICT(feature) DO UPDATE SET df = thread_term_df.df + 1", keys);

        NonQuery("collection-add", "UPDATE thread_collection SET articles = articles + 1 WHERE id = 1");
        UpdateThread(match.Thread, article, match.Article, date);
        return match.Thread;
    }

    public void Dispose() => _sql.Dispose();

    /// <summary>
    /// The entity features of a stored article, with their mention counts: the one place that says which entities of
    /// two articles are the same: the collection-wide (canonical) entity, so "Trump" and "Donald Trump" count as one.
    /// </summary>
    private List<(string Key, int Count)> EntityFeatures(long article)
    {
        var list = new List<(string, int)>();
        if (!_hasEntities)
        {
            return list;
        }

        using var reader = Reader(
            "entities",
            """
            SELECT 'entity:' || ae.entity, coalesce(sum(ae.mention_count), 1)
            FROM article_entities ae
            WHERE ae.article = $1 AND ae.entity IS NOT NULL GROUP BY ae.entity ORDER BY ae.entity
            """,
            article);
        while (reader.Read())
        {
            list.Add((reader.GetString(0), (int)Math.Min(int.MaxValue, reader.GetInt64(1))));
        }

        return list;
    }

    /// <summary>
    /// The threads of the stored articles that share a rare feature with <paramref name="vector"/> within the window,
    /// each with its article most similar to it: the <see cref="ThreadOptions.CandidatesCompared"/> sharing the most
    /// rare weight are compared on all their kept features.
    /// </summary>
    private Dictionary<long, ThreadCandidate> Candidates(List<WeightedFeature> vector, Func<string, long> documentFrequency, long articles, string? date)
    {
        var rare = Math.Max(_options.RareMinCount, _options.RareShare * articles);
        var similarity = new Dictionary<long, (double Score, long Thread)>();
        var searched = vector.Where(f => documentFrequency(f.Key) is var df && df > 0 && df <= rare).ToList();
        foreach (var chunk in searched.Chunk(FeaturesPerStatement))
        {
            object?[] values = date is null
                ? [_options.MaxPostingsPerFeature, .. chunk.Select(f => f.Key)]
                : [_options.MaxPostingsPerFeature, Shift(date, -_options.WindowDays), Shift(date, _options.WindowDays), .. chunk.Select(f => f.Key)];
            var postings = new List<Posting>[chunk.Length];
            _sql.ForEach(PostingsName(chunk.Length, date is not null), PostingsSql(chunk.Length, date is not null), values, row =>
            {
                if (!row.IsNull(3))
                {
                    (postings[(int)row.Int64(0)] ??= []).Add(new Posting(row.Int64(1), row.Double(2), row.Int64(3)));
                }
            });

            // Scores add up feature by feature, newest article first, as when each feature had its own query.
            for (var k = 0; k < chunk.Length; k++)
            {
                if (postings[k] is not { } list)
                {
                    continue;
                }

                list.Sort((a, b) => b.Article.CompareTo(a.Article));
                foreach (var posting in list)
                {
                    var (score, _) = similarity.GetValueOrDefault(posting.Article);
                    similarity[posting.Article] = (score + (chunk[k].Weight * posting.Weight), posting.Thread);
                }
            }
        }

        // The rare features found the candidates; the closest of them are compared on every kept feature
        // (ThreadFeatures.Similarity: entity and word cosines, mixed by EntityShare).
        var newWeights = vector.ToDictionary(f => f.Key, f => f.Weight, StringComparer.Ordinal);
        var threads = new Dictionary<long, ThreadCandidate>();
        var compared = similarity.OrderByDescending(s => s.Value.Score).ThenBy(s => s.Key).Take(_options.CandidatesCompared).ToList();
        var scores = new Dictionary<long, double>();
        if (compared.Count > 0)
        {
            // Their vectors in one statement; the threads are then chosen in the candidates' order, as before.
            _sql.ForEach("vectors", $"SELECT article, features FROM thread_vectors WHERE {_dialect.InJsonArray("article", "$1")}", [System.Text.Json.JsonSerializer.Serialize(compared.Select(c => c.Key))],
                row => scores[row.Int64(0)] = ThreadFeatures.Similarity(newWeights, row.Blob(1), _options.EntityShare));
        }

        foreach (var (article, (_, thread)) in compared)
        {
            var score = scores.GetValueOrDefault(article);
            if (!threads.TryGetValue(thread, out var c) || score > c.Score)
            {
                threads[thread] = new ThreadCandidate(article, score);
            }
        }

        return threads;
    }

    private static string PostingsName(int features, bool window) => string.Create(CultureInfo.InvariantCulture, $"postings:{features}:{window}");

    /// <summary>
    /// The postings of <paramref name="features"/> features in one statement ($1 the limit per feature; with a window,
    /// $2 and $3 its first and last day; then the features): for each, the newest <see cref="ThreadOptions.MaxPostingsPerFeature"/>
    /// articles having it (within the window; an undated article always), with the feature's position, the article's
    /// weight for it and its thread, in no particular order (a sort of the union cost a third of the query). The date
    /// is looked up per posting by primary key (<see cref="SqlDialect.JoinsArticleLookups"/>: joined in SQLite; as a
    /// subquery in PostgreSQL, which scanned articles by date for every feature of every article written when joined).
    /// </summary>
    private string PostingsSql(int features, bool window)
    {
        var name = PostingsName(features, window);
        if (_postingsSql.TryGetValue(name, out var sql))
        {
            return sql;
        }

        var first = window ? 4 : 2;
        var inWindow = $"(a.published IS NULL OR NOT {_dialect.IsDay("a.published")} OR substr(a.published, 1, 10) BETWEEN $2 AND $3)";
        var (join, filter) = !window ? ("", "")
            : _dialect.JoinsArticleLookups ? ($" JOIN {_dialect.FilterTable} a ON a.rowid = f.article", $" AND {inWindow}")
            : ("", $" AND (SELECT {inWindow} FROM articles a WHERE a.rowid = f.article)");
        sql = string.Join("\nUNION ALL\n", Enumerable.Range(0, features).Select(i => string.Create(
            CultureInfo.InvariantCulture,
            $"SELECT {i} AS k, s{i}.* FROM (SELECT f.article, f.weight, f.thread FROM thread_features f{join} WHERE f.feature = ${first + i}{filter} ORDER BY f.article DESC LIMIT $1) s{i}")));
        _postingsSql[name] = sql;
        return sql;
    }

    /// <summary>
    /// The thread to join: the one whose closest article is the most similar (single link, so a story followed over
    /// weeks chains through its articles; ties go to the older thread). Scoring a thread by its centroid as well was
    /// tried and changed no pair of the thread set (docs/threads.md).
    /// </summary>
    private static ThreadMatch? Best(Dictionary<long, ThreadCandidate> candidates)
    {
        ThreadMatch? best = null;
        foreach (var (thread, c) in candidates.OrderBy(c => c.Key))
        {
            if (best is null || c.Score > best.Score)
            {
                best = new ThreadMatch(thread, c.Article, c.Score);
            }
        }

        return best;
    }

    private long? ThreadOf(long article) => Scalar("thread-of", "SELECT thread FROM article_threads WHERE article = $1", article) is { } v ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : null;

    private long NewThread() => Convert.ToInt64(Scalar("new-thread", "INSERT INTO threads(article_count) VALUES(0) RETURNING id"), CultureInfo.InvariantCulture);

    /// <summary>Counts the article in its thread, widens the thread's dates, and relabels it if a more central article has a title.</summary>
    private void UpdateThread(long thread, long article, long? closest, string? date)
    {
        NonQuery(
            "thread-update",
            """
            UPDATE threads SET article_count = article_count + 1,
                first_published = CASE WHEN CAST($2 AS TEXT) IS NULL THEN first_published WHEN first_published IS NULL OR $2 < first_published THEN $2 ELSE first_published END,
                last_published = CASE WHEN CAST($2 AS TEXT) IS NULL THEN last_published WHEN last_published IS NULL OR $2 > last_published THEN $2 ELSE last_published END
            WHERE id = $1
            """,
            thread, date);

        // Only the new article and the one it joined through gained centrality, so the most central titled article is
        // one of them or the current label's.
        using var reader = Reader(
            "label",
            """
            SELECT t.article, a.title FROM article_threads t JOIN articles a ON a.rowid = t.article
            WHERE t.thread = $1 AND t.article IN (coalesce((SELECT label_article FROM threads WHERE id = $1), -1), $2, coalesce(CAST($3 AS BIGINT), -1))
              AND a.title IS NOT NULL AND trim(a.title) != ''
            ORDER BY t.centrality DESC, t.article LIMIT 1
            """,
            thread, article, closest);
        if (reader.Read())
        {
            var label = reader.GetInt64(0);
            var title = reader.GetString(1);
            reader.Close();
            NonQuery("relabel", "UPDATE threads SET label = $2, label_article = $3 WHERE id = $1", thread, title.Trim(), label);
        }
    }

    private static string Shift(string date, int days)
        => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void NonQuery(string name, string sql, params object?[] values) => _sql.NonQuery(name, sql, values);

    private object? Scalar(string name, string sql, params object?[] values) => _sql.Scalar(name, sql, values);

    private DbDataReader Reader(string name, string sql, params object?[] values) => _sql.Reader(name, sql, values);

    /// <summary>The thread an article goes to, and (when it joined by similarity) the article it was closest to and how close.</summary>
    private sealed record ThreadMatch(long Thread, long? Article, double? Score);

    /// <summary>A stored article having a searched feature: its weight for the feature and its thread.</summary>
    private readonly record struct Posting(long Article, double Weight, long Thread);

    /// <summary>A candidate thread: its article most similar to the new one, and that similarity.</summary>
    private sealed record ThreadCandidate(long Article, double Score);
}
