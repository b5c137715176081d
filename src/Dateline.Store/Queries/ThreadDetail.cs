namespace Dateline.Store.Queries;

/// <summary>One story thread: its articles in publication order, its main entities, its quotes and its relations.</summary>
public sealed record ThreadDetail(ThreadSummary Thread)
{
    /// <summary>The articles, oldest first (undated last), at most the limit asked for; <see cref="ThreadSummary.Articles"/> counts them all.</summary>
    public IReadOnlyList<ThreadArticle> Timeline { get; init; } = [];

    /// <summary>The quotes of the thread's articles in publication order, at most the limit asked for.</summary>
    public IReadOnlyList<QuoteRecord> Quotes { get; init; } = [];

    /// <summary>The relations stated in the thread's articles, those stated by the most articles first.</summary>
    public IReadOnlyList<ThreadRelation> Relations { get; init; } = [];
}
