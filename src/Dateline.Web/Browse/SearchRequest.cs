using Dateline.Store.Search;

namespace Dateline.Web.Browse;

/// <summary>A validated search: words and filters as the user gave them, and the page wanted.</summary>
public sealed record SearchRequest(string Text, int Page)
{
    public bool Raw { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public string? Entity { get; init; }

    public string? Type { get; init; }

    public string? Source { get; init; }

    public bool IsEmpty => Text.Length == 0 && From is null && To is null && Entity is null && Type is null && Source is null;

    /// <summary>Reads the parameters of /api/search and the search page; problems go to <paramref name="errors"/>.</summary>
    public static SearchRequest Read(SearchParameters p, WebOptions options, ParameterErrors errors)
    {
        var request = new SearchRequest(errors.Text("q", p.Q) ?? string.Empty, errors.Int("page", p.Page, 1, 1, options.MaxPage))
        {
            Raw = errors.Bool("raw", p.Raw),
            From = errors.Date("from", p.From),
            To = errors.Date("to", p.To),
            Entity = errors.Text("entity", p.Entity, 200),
            Type = errors.EntityType("type", p.Type),
            Source = errors.Text("source", p.Source, 200),
        };
        // Compare at the coarser precision: from 2024-01-15 to 2024-01 (all of January) is a valid range.
        if (request.From is { } from && request.To is { } to && string.CompareOrdinal(from[..Math.Min(to.Length, from.Length)], to[..Math.Min(to.Length, from.Length)]) > 0)
        {
            errors.Add("from", $"'from' ({from}) is after 'to' ({to}).");
        }

        return request;
    }

    public SearchQuery ToQuery(int limit, string highlightStart, string highlightEnd) => new(Text)
    {
        Raw = Raw,
        From = From,
        To = To,
        Entity = Entity,
        EntityType = Type,
        Source = Source,
        Limit = limit,
        HighlightStart = highlightStart,
        HighlightEnd = highlightEnd,
    };
}
