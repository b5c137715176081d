using Dateline.Core.Model;

namespace Dateline.Core.Layers;

/// <summary>
/// A highlight of one span of the article text: the page wraps the span in an element with <see cref="Class"/>,
/// a hover <see cref="Title"/>, <c>data-</c> attributes and optionally a link; <see cref="After"/> is written where the
/// span ends (a quote's speaker). Marks of several layers may overlap; the page nests them by
/// <see cref="Layer.MarkOrder"/> and keeps the HTML well formed.
/// </summary>
public sealed record InlineMark(TextSpan Span, string Class)
{
    public MarkShape Shape { get; init; } = MarkShape.Inline;

    public string? Title { get; init; }

    public PageLink? Link { get; init; }

    /// <summary>Attributes written as <c>data-NAME="value"</c> (names: lower-case letters and '-').</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Data { get; init; } = [];

    public PageText? After { get; init; }
}
