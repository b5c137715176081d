using Dateline.Store.Queries;

namespace Dateline.Web.Api.Contracts;

/// <summary>A page of quotes.</summary>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">Quotes per page.</param>
/// <param name="HasMore">Whether another page follows.</param>
/// <param name="Quotes">The quotes of this page, in the order asked for.</param>
public sealed record QuotesResponse(int Page, int PageSize, bool HasMore, IReadOnlyList<QuoteRecord> Quotes);
