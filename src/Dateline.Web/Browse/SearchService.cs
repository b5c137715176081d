using Dateline.Store;
using Dateline.Store.Queries;
using Dateline.Store.Search;
using Dateline.Web.Api.Contracts;

namespace Dateline.Web.Browse;

/// <summary>One search for the API and the search page: a page of ranked stories and the facets of all matches.</summary>
public sealed class SearchService(IArticleStore store, IArticleQueries queries, WebOptions options)
{
    /// <exception cref="Store.Search.SearchSyntaxException">The query is not valid full-text syntax.</exception>
    public SearchResponse Run(SearchRequest request)
    {
        // By number, the store ranks from the top and folds duplicates as it goes, so page N is the tail of the first N
        // pages; after a cursor, it goes on from there. One more hit than a page tells whether more follow.
        var size = options.PageSize;
        var skip = request.After is null ? (request.Page - 1) * size : 0;
        var query = request.ToQuery(skip + size + 1, Highlights.Start, Highlights.End);
        var hits = store.Search(query);
        var page = hits.Skip(skip).Take(size).ToList();
        var hasMore = hits.Count > skip + size;
        var results = page.Select(h => new SearchHitDto(h.Id, h.Title, h.Published, h.Source, h.Url, h.Score, Highlights.Parse(h.Snippet), h.Copies) { Authors = h.Authors }).ToList();
        var facets = queries.Facets(query with { After = null }, options.FacetSize);
        var sort = request.Text.Length == 0 && request.Sort == SearchSort.Relevance ? SearchSort.Newest : request.Sort;
        return new SearchResponse(request.Text, request.Page, size, hasMore, results, facets)
        {
            Sort = sort.ToString().ToLowerInvariant(),
            Next = hasMore ? page[^1].Cursor?.Token : null,
        };
    }
}
