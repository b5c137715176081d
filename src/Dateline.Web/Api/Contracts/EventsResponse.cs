using Dateline.Store.Queries;

namespace Dateline.Web.Api.Contracts;

/// <summary>A page of events.</summary>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">Events per page.</param>
/// <param name="HasMore">Whether another page follows.</param>
/// <param name="Events">The events of this page, the latest dated first: type, mode, actors, place, date, sentence, trigger and article.</param>
public sealed record EventsResponse(int Page, int PageSize, bool HasMore, IReadOnlyList<EventRecord> Events);
