namespace Dateline.Core.Layers;

/// <summary>One entry of a <see cref="PagePanel"/>: pieces of text written one after another.</summary>
public sealed record PanelItem(IReadOnlyList<PageText> Parts)
{
    public PanelItem(params PageText[] parts)
        : this((IReadOnlyList<PageText>)parts)
    {
    }
}
