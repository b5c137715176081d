namespace Dateline.Core.Layers;

/// <summary>
/// A list a layer shows on the article page: a heading and one item per record. With <see cref="Summary"/> the panel
/// is folded (a details element with that summary) until opened.
/// </summary>
public sealed record PagePanel(string Heading, PanelPlace Place, IReadOnlyList<PanelItem> Items)
{
    /// <summary>CSS classes of the list (letters, digits and '-').</summary>
    public string? Class { get; init; }

    /// <summary>The line shown while the panel is folded; null for a panel that is always open.</summary>
    public string? Summary { get; init; }

    /// <summary>Said when there are no items; null to leave an empty panel out.</summary>
    public string? EmptyText { get; init; }
}
