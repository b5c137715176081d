using Dateline.Core.Layers;
using Dateline.Store.Export;
using Dateline.Store.Search;

namespace Dateline.Store;

/// <summary>
/// Where ingested articles, their knowledge layers and failures live. Implementations hide their database types:
/// the SQLite store is the default, a PostgreSQL store can implement the same contract. Writes come from one thread
/// (the ingest writer); reads are safe from any thread.
/// </summary>
public interface IArticleStore : IDisposable
{
    /// <summary>The layers the store keeps (it was opened with them): what it writes, reads back and exports.</summary>
    LayerSet Layers { get; }

    /// <summary>True when an article or a failure with this content hash is already stored (re-ingest skips it).</summary>
    bool Contains(string contentHash);

    /// <summary>Stores a batch in one transaction: all of it or, after a crash, none of it.</summary>
    WriteSummary Write(IReadOnlyList<IngestRecord> batch);

    /// <summary>An article by its store id, with its layers and its duplicate group.</summary>
    StoredArticle? Find(string id);

    /// <summary>Full-text search ranked by BM25, with filters; near-duplicates fold into one hit with copies.</summary>
    /// <exception cref="SearchSyntaxException">The query is not valid full-text syntax.</exception>
    IReadOnlyList<SearchHit> Search(SearchQuery query);

    StoreStats Stats();

    /// <summary>
    /// Compacts the search index and refreshes what ranking and the planner read, after a bulk load: SQLite merges the
    /// FTS5 segments, counts the common words and keeps each common word's best articles (exact BM25 for one-word
    /// searches, bench/README.md issue 20); PostgreSQL refreshes the planner's statistics (ANALYZE). Safe to run again.
    /// </summary>
    void Optimize();

    /// <summary>The browsing queries over this store (facets, entities, quotes, timelines, threads), safe from any thread.</summary>
    Queries.IArticleQueries Queries();

    /// <summary>
    /// Articles, entities, each layer and failures as flat tables, streamed row by row. The rows of <c>articles</c> and
    /// of every layer table come in the same article order (a layer's rows of one article together, by position), so
    /// article-level exports join them in one pass.
    /// </summary>
    IReadOnlyList<ExportTable> ExportTables();
}
