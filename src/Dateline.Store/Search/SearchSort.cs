namespace Dateline.Store.Search;

/// <summary>The order of search results.</summary>
public enum SearchSort
{
    /// <summary>Most relevant first (BM25, title above body); without search words, newest first.</summary>
    Relevance,

    /// <summary>Newest publication date first; undated articles last.</summary>
    Newest,

    /// <summary>Oldest publication date first; undated articles last.</summary>
    Oldest,
}
