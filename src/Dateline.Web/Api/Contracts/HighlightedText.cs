namespace Dateline.Web.Api.Contracts;

/// <summary>Plain text (never HTML) and the ranges in it that matched the query, for the client to highlight.</summary>
/// <param name="Text">The text.</param>
/// <param name="Highlights">The matched ranges, in order.</param>
public sealed record HighlightedText(string Text, IReadOnlyList<SpanDto> Highlights);
