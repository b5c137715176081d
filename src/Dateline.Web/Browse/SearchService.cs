using Dateline.Store;
using Dateline.Store.Queries;
using Dateline.Web.Api.Contracts;

namespace Dateline.Web.Browse;

/// <summary>One search for the API and the search page: a page of ranked stories and the facets of all matches.</summary>
public sealed class SearchService(IArticleStore store, IArticleQueries queries, WebOptions options)
{
    /// <exception cref="Store.Search.SearchSyntaxException">The query is not valid full-text syntax.</exception>
    public SearchResponse Run(SearchRequest request)
    {
        // The store ranks from the top and folds duplicates as it goes, so page N is the tail of the first N pages (+1 to know if more follow).
        var size = options.PageSize;
        var query = request.ToQuery(request.Page * size + 1, Highlights.Start, Highlights.End);
        var hits = store.Search(query);
        var pageHits = hits.Skip((request.Page - 1) * size).Take(size)
            .Select(h => new SearchHitDto(h.Id, h.Title, h.Published, h.Source, h.Url, h.Score, Highlights.Parse(h.Snippet), h.Copies))
            .ToList();
        var facets = queries.Facets(query, options.FacetSize);
        return new SearchResponse(request.Text, request.Page, size, hits.Count > request.Page * size, pageHits, facets);
    }
}
