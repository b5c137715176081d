using Dateline.Store.Queries;

namespace Dateline.Web.Api.Contracts;

public sealed record TimelineResponse(string Interval, string? Query, long? Entity, IReadOnlyList<TimelineBucket> Buckets);
