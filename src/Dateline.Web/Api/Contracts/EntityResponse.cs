using Dateline.Store.Queries;

namespace Dateline.Web.Api.Contracts;

/// <summary>An entity across the collection: mentions over time, co-occurring entities, its articles, and quotes by and about it.</summary>
public sealed record EntityResponse(
    EntitySummary Entity,
    string Interval,
    IReadOnlyList<TimelineBucket> Timeline,
    IReadOnlyList<EntityFacet> CoOccurring,
    IReadOnlyList<ArticleSummary> Articles,
    IReadOnlyList<QuoteRecord> QuotesBy,
    IReadOnlyList<QuoteRecord> QuotesAbout);
