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

    /// <summary>
    /// The features known, each once, with what is known of each (<see cref="ThreadFeatureTable"/>):
    /// <list type="bullet">
    /// <item>the postings read in this transaction (or, with a <see cref="ThreadAssignerState"/> kept by the store, since
    /// the last change to the store by anything else; <see cref="ThreadOptions.PostingsCached"/>): postings never change
    /// once written and only this assigner writes them while its transaction lasts, so the newest ones read once, with
    /// the batch's articles added as they are placed, answer every later search of the feature;</item>
    /// <item>the document frequencies (<see cref="ThreadOptions.FrequenciesCached"/>), with the increments of the
    /// articles placed since the last <see cref="Finish"/> held back by feature number (every held feature is known),
    /// and the article count likewise (in <see cref="ThreadAssignerState.Articles"/>): only this assigner changes them
    /// while its transaction lasts.</item>
    /// </list>
    /// </summary>
    private readonly ThreadFeatureTable _features;
    private readonly Dictionary<int, long> _heldFrequencies = [];
    private long _heldArticles;

    /// <summary>The vectors of the articles compared or placed (<see cref="ThreadOptions.VectorsCached"/>).</summary>
    private readonly ThreadVectorCache _vectors;

    /// <summary>What is known of the store: this transaction's alone, or kept by the store across its batches.</summary>
    private readonly ThreadAssignerState _state;

    /// <param name="state">
    /// What an earlier batch of the same store left known (<see cref="ThreadAssignerState.Resume"/> called on it for this
    /// transaction), or null: this transaction's alone.
    /// </param>
    public ThreadAssigner(DbConnection connection, DbTransaction transaction, SqlDialect dialect, ThreadOptions options, DeferredWrites? deferred = null, ThreadAssignerState? state = null)
    {
        if (state is not null && state.Options != options)
        {
            throw new ArgumentException("the state was kept for other thread options", nameof(state));
        }

        _sql = new CommandCache(connection, transaction, dialect, deferred);
        _dialect = dialect;
        _options = options;
        _state = state ?? new ThreadAssignerState(options);
        _features = _state.Features;
        _vectors = _state.Vectors;

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
        var features = ThreadFeatures.Of(title, text, EntityFeatures(article, text), _options);
        var articles = _state.Articles ??= Convert.ToInt64(Scalar("collection", "SELECT articles FROM thread_collection WHERE id = 1"), CultureInfo.InvariantCulture);

        // The document frequencies not known from earlier articles of the transaction, in one query (an article has a
        // few hundred features). The table of features is bounded: when it would grow past the cap, the counts held
        // back are written and every feature is forgotten (their postings and the vectors numbered by them too).
        var unknown = features.Keys.Where(k => !_features.TryGetId(k, out var id) || _features.Frequency(id) == ThreadFeatureTable.Unknown).ToList();
        if (_features.Count + unknown.Count > _options.FrequenciesCached)
        {
            Finish();
            _state.ClearFeatures();
            unknown = [.. features.Keys];
        }

        if (unknown.Count > 0)
        {
            foreach (var key in unknown)
            {
                _features.Frequency(_features.Id(key)) = 0;
            }

            _sql.ForEach("dfs", $"SELECT feature, df FROM thread_term_df WHERE {_dialect.InJsonTextArray("feature", "$1")}", [StoreJson.Array(unknown)], row => _features.Frequency(_features.Id(row.Text(0))) = row.Int64(1));
        }

        long DocumentFrequency(string key)
        {
            ref var df = ref _features.Frequency(_features.Id(key));
            if (df == ThreadFeatureTable.Unknown)
            {
                // Not a feature of the article, nor known: none of its counts is held back, so the store's is the count.
                df = Scalar("df", "SELECT df FROM thread_term_df WHERE feature = $1", key) is { } v ? Convert.ToInt64(v, CultureInfo.InvariantCulture) : 0;
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

        var encoded = ThreadVectors.Encode(vector);
        NonQuery("vector-add", "INSERT INTO thread_vectors(article, features) VALUES($1, $2)", article, encoded);
        _vectors.Add(article, encoded);
        object boxedArticle = article, boxedThread = match.Thread;
        _sql.InsertRows("features", "thread_features(feature, article, weight, thread)", 4, vector.Count, (Vector: vector, Article: boxedArticle, Thread: boxedThread), static (s, row, values, offset) =>
        {
            values[offset] = s.Vector[row].Key;
            values[offset + 1] = s.Article;
            values[offset + 2] = s.Vector[row].Weight;
            values[offset + 3] = s.Thread;
        });
        Cache(vector, article, match.Thread, DayNumber(published));

        // The counts of the article's features and of the articles go up here and are written by Finish.
        foreach (var key in features.Keys)
        {
            var id = _features.Id(key);
            _features.Frequency(id)++;
            System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_heldFrequencies, id, out _)++;
        }

        _state.Articles++;
        _heldArticles++;
        UpdateThread(match.Thread, article, match.Article, date);
        return match.Thread;
    }

    /// <summary>
    /// Writes the document frequencies and the article count held back since the last call (<c>thread_term_df</c>,
    /// <c>thread_collection</c>): to be called before the transaction commits. One statement per distinct increment
    /// instead of one per article: a common word of a batch is updated once.
    /// </summary>
    public void Finish()
    {
        foreach (var group in _heldFrequencies.GroupBy(p => p.Value))
        {
            NonQuery(
                "df-add",
                $"INSERT INTO thread_term_df(feature, df) SELECT value, CAST($2 AS BIGINT) FROM ({_dialect.JsonTextValues("$1")}) AS v WHERE true ON CONFLICT(feature) DO UPDATE SET df = thread_term_df.df + excluded.df",
                StoreJson.Array(group.Select(p => _features.Key(p.Key))),
                group.Key);
        }

        _heldFrequencies.Clear();
        if (_heldArticles > 0)
        {
            NonQuery("collection-add", "UPDATE thread_collection SET articles = articles + $1 WHERE id = 1", _heldArticles);
            _heldArticles = 0;
        }
    }

    public void Dispose() => _sql.Dispose();

    /// <summary>
    /// The entity features of a stored article, with their mention counts: the one place that says which entities of
    /// two articles are the same: the collection-wide (canonical) entity, so "Trump" and "Donald Trump" count as one.
    /// A surname two people of the article share counts for each of them (<see cref="ThreadPersons"/>).
    /// </summary>
    private List<EntityFeatureCount> EntityFeatures(long article, string text)
    {
        if (!_hasEntities)
        {
            return [];
        }

        var entities = new List<ThreadPersons.Entity>();
        _sql.ForEach(
            "entities",
            """
            SELECT 'entity:' || ae.entity, ae.label, coalesce(ae.mention_count, 0), ae.mentions
            FROM article_entities ae
            WHERE ae.article = $1 AND ae.entity IS NOT NULL ORDER BY ae.entity, ae.position
            """,
            [article],
            row => entities.Add(new ThreadPersons.Entity(
                row.Text(0),
                row.IsNull(1) ? null : row.Text(1),
                (int)Math.Min(int.MaxValue, row.Int64(2)),
                row.IsNull(3) ? null : row.Text(3))));

        return ThreadPersons.Counts(entities, text);
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
        (string First, string Last)? window = date is null ? null : (Shift(date, -_options.WindowDays), Shift(date, _options.WindowDays));
        var postings = Postings(searched, window);

        // Scores add up feature by feature, newest article first, as when each feature had its own query.
        for (var k = 0; k < searched.Count; k++)
        {
            foreach (var posting in postings[k])
            {
                if (posting.Thread is not { } thread)
                {
                    continue;
                }

                // One lookup per posting (a lookup to read and another to write were a tenth of the writer's thread
                // assignment); the same sum in the same order.
                ref var entry = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(similarity, posting.Article, out _);
                entry = (entry.Score + (searched[k].Weight * posting.Weight), thread);
            }
        }

        // The rare features found the candidates; the closest of them are compared on every kept feature
        // (ThreadFeatures.Similarity: entity and word cosines, mixed by EntityShare).
        var newWeights = vector.ToDictionary(f => f.Key, f => f.Weight, StringComparer.Ordinal);
        _vectors.Begin(newWeights);
        var threads = new Dictionary<long, ThreadCandidate>();
        var compared = similarity.OrderByDescending(s => s.Value.Score).ThenBy(s => s.Key).Take(_options.CandidatesCompared).ToList();
        var scores = new Dictionary<long, double>();
        if (compared.Count > 0)
        {
            // Their vectors in one statement; the threads are then chosen in the candidates' order, as before.
            // Their vectors: those not kept from earlier articles of the transaction read in one statement.
            var unread = compared.Where(c => !_vectors.Contains(c.Key)).Select(c => c.Key).ToList();
            if (unread.Count > 0)
            {
                _sql.ForEach("vectors", $"SELECT article, features FROM thread_vectors WHERE {_dialect.InJsonArray("article", "$1")}", [StoreJson.Array(unread)],
                    row => _vectors.Add(row.Int64(0), row.Blob(1)));
            }

            foreach (var (article, _) in compared)
            {
                if (_vectors.Similarity(article, _options.EntityShare) is { } score)
                {
                    scores[article] = score;
                }
            }
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

    /// <summary>
    /// For each feature, the newest <see cref="ThreadOptions.MaxPostingsPerFeature"/> postings within the window
    /// (all when <paramref name="window"/> is null; an undated article always), newest first: what one query per
    /// feature returned. Answered from the cache where its newest postings suffice; the features not cached are read
    /// (without the window, with each article's day when there is one) and cached; a feature whose cached postings
    /// fall short inside the window (older ones exist, not cached) is read with the window, not cached.
    /// </summary>
    private List<Posting>[] Postings(List<WeightedFeature> searched, (string First, string Last)? window)
    {
        var limit = _options.MaxPostingsPerFeature;
        var result = new List<Posting>[searched.Count];
        var unread = new List<int>();
        var uncertain = new List<int>();
        (int First, int Last)? days = window is { } w ? (DayNumber(w.First), DayNumber(w.Last)) : null;
        for (var k = 0; k < searched.Count; k++)
        {
            if (_features.Postings(_features.Id(searched[k].Key)) is not { } cached || (window is not null && !cached.Days))
            {
                unread.Add(k);
            }
            else if (Within(cached, days, limit) is { } list)
            {
                result[k] = list;
            }
            else
            {
                uncertain.Add(k);
            }
        }

        if (unread.Count > 0)
        {
            var withDays = window is not null;
            var read = Read([.. unread.Select(k => searched[k].Key)], null, withDays);
            if (_state.PostingsCount + read.Sum(list => list.Count) > _options.PostingsCached)
            {
                _state.ClearPostings();
            }

            for (var i = 0; i < unread.Count; i++)
            {
                ref var slot = ref _features.Postings(_features.Id(searched[unread[i]].Key));
                if (slot is { } stale)
                {
                    _state.PostingsCount -= stale.Items.Count;
                    slot = null;
                }

                var fresh = new CachedPostings(read[i], read[i].Count < limit, withDays);
                if (_state.PostingsCount + read[i].Count <= _options.PostingsCached)
                {
                    slot = fresh;
                    _state.PostingsCount += read[i].Count;
                }

                if (Within(fresh, days, limit) is { } list)
                {
                    result[unread[i]] = list;
                }
                else
                {
                    uncertain.Add(unread[i]);
                }
            }
        }

        if (uncertain.Count > 0)
        {
            var read = Read([.. uncertain.Select(k => searched[k].Key)], window, false);
            for (var i = 0; i < uncertain.Count; i++)
            {
                result[uncertain[i]] = read[i];
            }
        }

        return result;
    }

    /// <summary>
    /// The newest <paramref name="limit"/> of the cached postings within <paramref name="window"/> (its days as
    /// <see cref="DayNumber"/>s), or null when the cache cannot tell (fewer found, and older postings not cached). A day
    /// number compares as SQL compares the day's text (<see cref="DayNumber"/>).
    /// </summary>
    private static List<Posting>? Within(CachedPostings cached, (int First, int Last)? window, int limit)
    {
        if (window is not { } w)
        {
            return cached.Items.Count >= limit || cached.Complete ? cached.Items.Count > limit ? cached.Items[..limit] : cached.Items : null;
        }

        var list = new List<Posting>();
        foreach (var posting in cached.Items)
        {
            if (posting.Day == NoDay || (posting.Day >= w.First && posting.Day <= w.Last))
            {
                list.Add(posting);
                if (list.Count == limit)
                {
                    return list;
                }
            }
        }

        return cached.Complete ? list : null;
    }

    /// <summary>
    /// The postings of <paramref name="features"/>, <see cref="FeaturesPerStatement"/> to a statement: for each, the
    /// newest <see cref="ThreadOptions.MaxPostingsPerFeature"/> (within the window if any), newest first, with the
    /// article's day when <paramref name="days"/>.
    /// </summary>
    private List<Posting>[] Read(List<string> features, (string First, string Last)? window, bool days)
    {
        var result = new List<Posting>[features.Count];
        for (var start = 0; start < features.Count; start += FeaturesPerStatement)
        {
            var chunk = features.GetRange(start, Math.Min(FeaturesPerStatement, features.Count - start));
            object?[] values = window is not { } w
                ? [_options.MaxPostingsPerFeature, .. chunk]
                : [_options.MaxPostingsPerFeature, w.First, w.Last, .. chunk];
            for (var k = 0; k < chunk.Count; k++)
            {
                result[start + k] = [];
            }

            _sql.ForEach(PostingsName(chunk.Count, window is not null, days), PostingsSql(chunk.Count, window is not null, days), values, row =>
                result[start + (int)row.Int64(0)].Add(new Posting(row.Int64(1), row.Double(2), row.IsNull(3) ? null : row.Int64(3), days && !row.IsNull(4) ? DayNumber(row.Text(4)) : NoDay)));
            for (var k = 0; k < chunk.Count; k++)
            {
                // Kept at their length: a list filled by doubling holds up to twice the postings' room.
                result[start + k].Sort((a, b) => b.Article.CompareTo(a.Article));
                result[start + k].TrimExcess();
            }
        }

        return result;
    }

    /// <summary>Adds the placed article's postings to the features cached (newest first; at most the limit kept).</summary>
    private void Cache(List<WeightedFeature> vector, long article, long thread, int day)
    {
        foreach (var feature in vector)
        {
            if (!_features.TryGetId(feature.Key, out var id) || _features.Postings(id) is not { } cached)
            {
                continue;
            }

            var items = cached.Items;
            var at = 0;
            while (at < items.Count && items[at].Article > article)
            {
                at++;
            }

            var posting = new Posting(article, feature.Weight, thread, day);
            var limit = _options.MaxPostingsPerFeature;
            if (items.Count >= limit)
            {
                // Full: the oldest goes (or the new one, when it is older than all), so the array keeps its length
                // (inserting first doubled it).
                cached.Complete = false;
                if (at < items.Count)
                {
                    items.RemoveAt(items.Count - 1);
                    items.Insert(at, posting);
                }
            }
            else
            {
                // Grown by an eighth, not doubled (an insert moves the list's postings anyway).
                if (items.Count == items.Capacity)
                {
                    items.Capacity = Math.Min(limit, items.Count + Math.Max(4, items.Count / 8));
                }

                items.Insert(at, posting);
                _state.PostingsCount++;
            }
        }
    }

    /// <summary>A posting's day when its article has none (<see cref="DayNumber"/>): no time limit.</summary>
    internal const int NoDay = -1;

    /// <summary>
    /// The day an article's stored publication date has in the postings' window (<see cref="SqlDialect.IsDay"/>: its
    /// first ten characters when they are a yyyy-MM-dd day, else <see cref="NoDay"/>: no time limit), as the number
    /// yyyyMMdd: ten characters of that shape (ASCII digits at fixed places) compare ordinally as their numbers do, so
    /// a posting keeps 4 bytes where it kept a string of 40.
    /// </summary>
    internal static int DayNumber(string? published)
    {
        if (published is not { Length: >= 10 })
        {
            return NoDay;
        }

        var number = 0;
        for (var i = 0; i < 10; i++)
        {
            var c = published[i];
            if (i is 4 or 7)
            {
                if (c != '-')
                {
                    return NoDay;
                }
            }
            else if (char.IsAsciiDigit(c))
            {
                number = (number * 10) + (c - '0');
            }
            else
            {
                return NoDay;
            }
        }

        return number;
    }

    private static string PostingsName(int features, bool window, bool days) => string.Create(CultureInfo.InvariantCulture, $"postings:{features}:{window}:{days}");

    /// <summary>
    /// The postings of <paramref name="features"/> features in one statement ($1 the limit per feature; with a window,
    /// $2 and $3 its first and last day; then the features): for each, the newest <see cref="ThreadOptions.MaxPostingsPerFeature"/>
    /// articles having it (within the window; an undated article always), with the feature's position, the article's
    /// weight for it and its thread, in no particular order (a sort of the union cost a third of the query). The date
    /// is looked up per posting by primary key (<see cref="SqlDialect.JoinsArticleLookups"/>: joined in SQLite; as a
    /// subquery in PostgreSQL, which scanned articles by date for every feature of every article written when joined).
    /// </summary>
    private string PostingsSql(int features, bool window, bool days)
    {
        var name = PostingsName(features, window, days);
        if (_postingsSql.TryGetValue(name, out var sql))
        {
            return sql;
        }

        var first = window ? 4 : 2;
        var inWindow = $"(a.published IS NULL OR NOT {_dialect.IsDay("a.published")} OR substr(a.published, 1, 10) BETWEEN $2 AND $3)";
        var day = $"CASE WHEN {_dialect.IsDay("a.published")} THEN substr(a.published, 1, 10) END";
        var (join, filter) = !window ? ("", "")
            : _dialect.JoinsArticleLookups ? ($" JOIN {_dialect.FilterTable} a ON a.rowid = f.article", $" AND {inWindow}")
            : ("", $" AND (SELECT {inWindow} FROM articles a WHERE a.rowid = f.article)");
        var (dayJoin, dayColumn) = !days ? ("", "")
            : _dialect.JoinsArticleLookups ? ($" JOIN {_dialect.FilterTable} a ON a.rowid = f.article", $", {day} AS day")
            : ("", $", (SELECT {day} FROM articles a WHERE a.rowid = f.article) AS day");
        if (window && days)
        {
            throw new ArgumentException("postings are read with their days only without a window", nameof(days));
        }

        sql = string.Join("\nUNION ALL\n", Enumerable.Range(0, features).Select(i => string.Create(
            CultureInfo.InvariantCulture,
            $"SELECT {i} AS k, s{i}.* FROM (SELECT f.article, f.weight, f.thread{dayColumn} FROM thread_features f{join}{dayJoin} WHERE f.feature = ${first + i}{filter} ORDER BY f.article DESC LIMIT $1) s{i}")));
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
        (long Article, string Title)? label = null;
        _sql.ForEach(
            "label",
            """
            SELECT t.article, a.title FROM article_threads t JOIN articles a ON a.rowid = t.article
            WHERE t.thread = $1 AND t.article IN (coalesce((SELECT label_article FROM threads WHERE id = $1), -1), $2, coalesce(CAST($3 AS BIGINT), -1))
              AND a.title IS NOT NULL AND trim(a.title) != ''
            ORDER BY t.centrality DESC, t.article LIMIT 1
            """,
            [thread, article, closest],
            row => label = (row.Int64(0), row.Text(1)));
        if (label is var (labelArticle, title))
        {
            NonQuery("relabel", "UPDATE threads SET label = $2, label_article = $3 WHERE id = $1", thread, title.Trim(), labelArticle);
        }
    }

    private static string Shift(string date, int days)
        => DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture).AddDays(days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private void NonQuery(string name, string sql, params object?[] values) => _sql.NonQuery(name, sql, values);

    private object? Scalar(string name, string sql, params object?[] values) => _sql.Scalar(name, sql, values);

    /// <summary>The thread an article goes to, and (when it joined by similarity) the article it was closest to and how close.</summary>
    private sealed record ThreadMatch(long Thread, long? Article, double? Score);

    /// <summary>
    /// A stored article having a searched feature: its weight for the feature, its thread (null in a row from before
    /// postings carried it: passed over) and, when read with it, its day (<see cref="DayNumber"/>; <see cref="NoDay"/>:
    /// undated, no time limit). 32 bytes: the thread without a nullable's padding, the day a number (it was 40 bytes
    /// and a string of 40 per dated posting; bench/README.md, "Ingest's kept state: one table of features").
    /// </summary>
    internal readonly struct Posting(long article, double weight, long? thread, int day)
    {
        public long Article { get; } = article;

        public double Weight { get; } = weight;

        private readonly long _thread = thread.GetValueOrDefault();

        public int Day { get; } = day;

        private readonly bool _hasThread = thread.HasValue;

        public long? Thread => _hasThread ? _thread : null;
    }

    /// <summary>A feature's newest postings, newest first; <c>Complete</c> when they are all it has.</summary>
    internal sealed class CachedPostings(List<Posting> items, bool complete, bool days)
    {
        public List<Posting> Items { get; } = items;

        public bool Complete { get; set; } = complete;

        /// <summary>Whether the postings carry their days (read for an article with a window).</summary>
        public bool Days { get; } = days;
    }

    /// <summary>A candidate thread: its article most similar to the new one, and that similarity.</summary>
    private sealed record ThreadCandidate(long Article, double Score);
}
