namespace Dateline.Store.Search;

/// <summary>A query the full-text engine cannot run; the message says what is wrong and how to write it.</summary>
public sealed class SearchSyntaxException : Exception
{
    public SearchSyntaxException(string query, string detail)
        : base($"the query '{query}' is not valid search syntax ({detail}). Put words with special characters in double quotes, or use plain words without --raw.")
    {
        Query = query;
        Detail = detail;
    }

    private SearchSyntaxException(string query, string detail, string message)
        : base(message)
    {
        Query = query;
        Detail = detail;
    }

    public string Query { get; }

    public string Detail { get; }

    /// <summary>A query of only quote marks, stars or operators: searching it would match nothing or everything.</summary>
    public static SearchSyntaxException NoWords(string query)
        => new(query, "no word to search for", $"the query '{query}' has no word to search for: give at least one word or number (or leave it out and filter by date, entity or source).");
}
