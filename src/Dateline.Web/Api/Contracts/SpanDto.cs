namespace Dateline.Web.Api.Contracts;

/// <summary>A half-open range [start, end) of UTF-16 code units into a text.</summary>
/// <param name="Start">The first code unit.</param>
/// <param name="End">The code unit after the last.</param>
public sealed record SpanDto(int Start, int End);
