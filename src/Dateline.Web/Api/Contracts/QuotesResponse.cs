using Dateline.Store.Queries;

namespace Dateline.Web.Api.Contracts;

public sealed record QuotesResponse(int Page, int PageSize, bool HasMore, IReadOnlyList<QuoteRecord> Quotes);
