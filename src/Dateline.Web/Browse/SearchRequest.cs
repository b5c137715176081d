using Dateline.Store.Queries;
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

    /// <summary>A PLOVER event type the articles must state (the layer's spelling: ASSAULT).</summary>
    public string? EventType { get; init; }

    public SearchSort Sort { get; init; } = SearchSort.Relevance;

    /// <summary>The page starts after this hit (cursor paging); null for the first pages, which go by number.</summary>
    public SearchCursor? After { get; init; }

    public bool IsEmpty => Text.Length == 0 && From is null && To is null && Entity is null && Type is null && Source is null && EventType is null;

    /// <summary>Reads the parameters of /api/search and the search page; problems go to <paramref name="errors"/>.</summary>
    public static SearchRequest Read(SearchParameters p, WebOptions options, ParameterErrors errors)
    {
        var after = string.IsNullOrWhiteSpace(p.After) ? null : SearchCursor.Parse(p.After);
        if (after is null && !string.IsNullOrWhiteSpace(p.After))
        {
            errors.Add("after", "'after' is not a cursor a search gave (take it from the response's next).");
        }

        // By number, a page re-ranks the pages before it, so depth is bounded; a cursor goes on from where the last page ended.
        var page = after is null ? errors.Int("page", p.Page, 1, 1, options.MaxPage) : errors.Int("page", p.Page, 1, 1, int.MaxValue);
        var text = errors.Text("q", p.Q) ?? string.Empty;
        var sort = errors.Choice("sort", p.Sort, SearchSort.Relevance);
        if (after is not null && after.Sort != (text.Length == 0 && sort == SearchSort.Relevance ? SearchSort.Newest : sort))
        {
            errors.Add("after", "'after' was given by a search in another order; start again from the first page.");
        }

        var request = new SearchRequest(text, page)
        {
            Sort = sort,
            After = after,
            Raw = errors.Bool("raw", p.Raw),
            From = errors.Date("from", p.From),
            To = errors.Date("to", p.To),
            Entity = errors.Text("entity", p.Entity, 200),
            Type = errors.EntityType("type", p.Type),
            Source = errors.Text("source", p.Source, 200),
            EventType = errors.Code("event", p.Event, EventVocabulary.Of(options.Layers).Types),
        };
        errors.Range(request.From, request.To);

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
        EventType = EventType,
        Sort = Sort,
        After = After,
        Limit = limit,
        HighlightStart = highlightStart,
        HighlightEnd = highlightEnd,
    };
}
