using Dateline.Store.Queries;

namespace Dateline.Web.Browse;

/// <summary>A validated quote list request: the store's query and the page wanted.</summary>
public sealed record QuoteRequest(QuoteQuery Query, int Page)
{
    /// <summary>Reads the parameters of /api/quotes and the quotes page; problems go to <paramref name="errors"/>.</summary>
    /// <param name="p">The parameters as given.</param>
    /// <param name="options">Paging limits.</param>
    /// <param name="errors">Collects what is wrong.</param>
    /// <param name="defaultKind">The kind listed when none is given: the page shows direct quotes, the API all.</param>
    public static QuoteRequest Read(QuoteParameters p, WebOptions options, ParameterErrors errors, QuoteKindFilter defaultKind)
    {
        var query = new QuoteQuery
        {
            Speaker = errors.Text("speaker", p.Speaker, 200),
            Text = errors.Text("q", p.Q),
            Kind = errors.Choice("kind", p.Kind, defaultKind),
            Source = errors.Text("source", p.Source, 200),
            From = errors.Date("from", p.From),
            To = errors.Date("to", p.To),
            Sort = errors.Choice("sort", p.Sort, QuoteSort.Newest),
        };
        errors.Range(query.From, query.To);
        return new QuoteRequest(query, errors.Int("page", p.Page, 1, 1, int.MaxValue / Math.Max(1, options.PageSize)));
    }
}
