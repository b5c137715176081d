namespace Dateline.Extraction.Html;

/// <summary>What kind of element a text block came from.</summary>
public enum BlockKind
{
    Paragraph,
    Heading,
    ListItem,
    Quote,
    Preformatted,
    Cell,
    Other,
}
