namespace Dateline.Core.Layers;

/// <summary>Where a layer's panel stands on the article page.</summary>
public enum PanelPlace
{
    /// <summary>Beside the text (entities, quotes).</summary>
    Side,

    /// <summary>Below the text (related stories, removed chrome).</summary>
    Below,
}
