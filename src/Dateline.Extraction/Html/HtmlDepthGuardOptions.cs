namespace Dateline.Extraction.Html;

/// <summary>
/// The deepest nesting accepted. Real news pages nest a few dozen levels (rarely 200); at 2,000 AngleSharp still parses
/// in well under a second, at 100,000 it takes minutes.
/// </summary>
public sealed record HtmlDepthGuardOptions
{
    public static HtmlDepthGuardOptions Default { get; } = new();

    public int MaxDepth { get; init; } = 2000;
}
