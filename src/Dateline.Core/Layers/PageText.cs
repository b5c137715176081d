namespace Dateline.Core.Layers;

/// <summary>
/// A piece of text on the article page, always written escaped: optionally with CSS classes (letters, digits and
/// '-' only survive), a link, or on a line of its own.
/// </summary>
public sealed record PageText(string Text)
{
    public string? Class { get; init; }

    public PageLink? Link { get; init; }

    /// <summary>A block of its own under the previous text (a teaser's summary) instead of running on.</summary>
    public bool OwnLine { get; init; }
}
