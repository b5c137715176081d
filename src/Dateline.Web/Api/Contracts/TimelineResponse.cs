using Dateline.Store.Queries;

namespace Dateline.Web.Api.Contracts;

/// <summary>Articles (and an entity's mentions) per period.</summary>
/// <param name="Interval">day, week or month.</param>
/// <param name="Query">The search words counted, when the timeline is of a search.</param>
/// <param name="Entity">The entity key counted, when the timeline is of an entity.</param>
/// <param name="Buckets">The periods, oldest first, empty ones included.</param>
public sealed record TimelineResponse(string Interval, string? Query, long? Entity, IReadOnlyList<TimelineBucket> Buckets);
