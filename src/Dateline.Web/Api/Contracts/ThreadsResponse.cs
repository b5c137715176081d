using Dateline.Store.Queries;

namespace Dateline.Web.Api.Contracts;

/// <summary>A page of story threads, the one with the latest article first.</summary>
/// <param name="Offset">How many threads of the list come before this page.</param>
/// <param name="Limit">Threads per page.</param>
/// <param name="HasMore">Whether another page follows (at offset + limit).</param>
/// <param name="Threads">The threads of this page.</param>
public sealed record ThreadsResponse(int Offset, int Limit, bool HasMore, IReadOnlyList<ThreadSummary> Threads);
