using Dateline.Core.Text;

namespace Dateline.Extraction.Html;

/// <summary>
/// One rule of Data/html-block-phrases.txt: whether it applies to the body's tail only, its reason and pattern;
/// <see cref="Long"/> rules also judge blocks longer than the short-block limit (a notice of a few sentences). The
/// pattern is interpreted until a run has used it often, then compiled (<see cref="ExtractionPatterns"/>).
/// </summary>
public sealed record BlockRule(bool TailOnly, string Reason, TieredRegex Pattern)
{
    public bool Long { get; init; }
}
