namespace Dateline.Extraction.Html;

/// <summary>One block of text as a browser would lay it out, with the share of it that is link text.</summary>
public sealed record TextBlock(string Text, BlockKind Kind, int HeadingLevel, int LinkChars, int Chars)
{
    public double LinkDensity => Chars == 0 ? 0 : (double)LinkChars / Chars;
}
