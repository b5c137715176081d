using Dateline.Store.Queries;

namespace Dateline.Web.Api.Contracts;

/// <summary>An entity across the collection: mentions over time, co-occurring entities, its articles, quotes by and about it, and the events it takes part in.</summary>
/// <param name="Entity">The entity: key, name, type, counts, country and coordinates.</param>
/// <param name="Interval">The timeline's buckets: day, week or month.</param>
/// <param name="Timeline">Articles and mentions per period.</param>
/// <param name="CoOccurring">The entities seen in the most articles with it.</param>
/// <param name="Articles">Articles mentioning it, newest first.</param>
/// <param name="QuotesBy">Quotes it said, newest first.</param>
/// <param name="QuotesAbout">Quotes that mention it, newest first.</param>
/// <param name="ActsOn">Events it is the source of (it acts on others), the latest first.</param>
/// <param name="ActsOnByMonth">Asserted events it is the source of, per month and type.</param>
/// <param name="ActedOnBy">Events it is the target of (others act on it), the latest first.</param>
/// <param name="ActedOnByMonth">Asserted events it is the target of, per month and type.</param>
public sealed record EntityResponse(
    EntitySummary Entity,
    string Interval,
    IReadOnlyList<TimelineBucket> Timeline,
    IReadOnlyList<EntityFacet> CoOccurring,
    IReadOnlyList<ArticleSummary> Articles,
    IReadOnlyList<QuoteRecord> QuotesBy,
    IReadOnlyList<QuoteRecord> QuotesAbout,
    IReadOnlyList<EventRecord> ActsOn,
    IReadOnlyList<EventTypeCount> ActsOnByMonth,
    IReadOnlyList<EventRecord> ActedOnBy,
    IReadOnlyList<EventTypeCount> ActedOnByMonth);
