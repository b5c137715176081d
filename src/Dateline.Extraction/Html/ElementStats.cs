namespace Dateline.Extraction.Html;

/// <summary>Text measures of one element's subtree (whitespace not counted).</summary>
internal readonly record struct ElementStats(int Text, int LinkText, int Commas, int InlineText, int InlineCommas, int Prose)
{
    public double LinkDensity => Text == 0 ? 0 : (double)LinkText / Text;
}
