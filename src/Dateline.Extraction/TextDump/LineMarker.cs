namespace Dateline.Extraction.TextDump;

/// <summary>How a dump line was rendered: plain, a list bullet (•, □, ☆ …) or a numbered item.</summary>
public enum LineMarker
{
    None,
    Bullet,
    Numbered,
}
