using Dateline.Store.Queries;

namespace Dateline.Web.Api.Contracts;

/// <summary>An entity across the collection: mentions over time, co-occurring entities, its articles, and quotes by and about it.</summary>
/// <param name="Entity">The entity: key, name, type, counts, country and coordinates.</param>
/// <param name="Interval">The timeline's buckets: day, week or month.</param>
/// <param name="Timeline">Articles and mentions per period.</param>
/// <param name="CoOccurring">The entities seen in the most articles with it.</param>
/// <param name="Articles">Articles mentioning it, newest first.</param>
/// <param name="QuotesBy">Quotes it said, newest first.</param>
/// <param name="QuotesAbout">Quotes that mention it, newest first.</param>
public sealed record EntityResponse(
    EntitySummary Entity,
    string Interval,
    IReadOnlyList<TimelineBucket> Timeline,
    IReadOnlyList<EntityFacet> CoOccurring,
    IReadOnlyList<ArticleSummary> Articles,
    IReadOnlyList<QuoteRecord> QuotesBy,
    IReadOnlyList<QuoteRecord> QuotesAbout);
