namespace Dateline.Web.Api.Contracts;

/// <summary>A half-open range [start, end) of UTF-16 code units into the article text.</summary>
public sealed record SpanDto(int Start, int End);
