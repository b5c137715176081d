using Dateline.Store.Queries;

namespace Dateline.Web.Browse;

/// <summary>A validated thread list request: the store's query, whose limit and offset are the page asked for.</summary>
public sealed record ThreadRequest(ThreadQuery Query)
{
    /// <summary>The most threads one page lists.</summary>
    public const int MaxLimit = 100;

    /// <summary>The deepest offset accepted; lists of stories are read from the latest, not paged through to the end of a large store.</summary>
    public const int MaxOffset = 100_000;

    /// <summary>Reads the parameters of /api/threads and the threads page; problems go to <paramref name="errors"/>.</summary>
    /// <param name="p">The parameters as given.</param>
    /// <param name="options">The default page size.</param>
    /// <param name="errors">Collects what is wrong.</param>
    public static ThreadRequest Read(ThreadParameters p, WebOptions options, ParameterErrors errors)
    {
        var query = new ThreadQuery
        {
            Entity = errors.Text("entity", p.Entity, 200),
            From = errors.Date("from", p.From),
            To = errors.Date("to", p.To),
            Limit = errors.Int("limit", p.Limit, Math.Min(options.PageSize, MaxLimit), 1, MaxLimit),
            Offset = errors.Int("offset", p.Offset, 0, 0, MaxOffset),
        };
        errors.Range(query.From, query.To);
        return new ThreadRequest(query);
    }

    /// <summary>A thread id from the path: a positive whole number.</summary>
    public static long? Id(string? value, ParameterErrors errors)
        => errors.Id("id", value, "thread", "as /api/threads or an article's store.thread gives", required: true);
}
