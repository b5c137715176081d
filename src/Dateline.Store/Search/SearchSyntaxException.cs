namespace Dateline.Store.Search;

/// <summary>A query the full-text engine cannot parse; the message says what is wrong and how to write it.</summary>
public sealed class SearchSyntaxException(string query, string detail)
    : Exception($"the query '{query}' is not valid search syntax ({detail}). Put words with special characters in double quotes, or use plain words without --raw.")
{
    public string Query { get; } = query;

    public string Detail { get; } = detail;
}
