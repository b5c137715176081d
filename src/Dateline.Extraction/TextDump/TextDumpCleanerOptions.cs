namespace Dateline.Extraction.TextDump;

/// <summary>
/// Thresholds of the text-dump cleaner, named so they can be tuned and reported. Values were chosen on
/// ../shared/data/extraction/dev-text (F1 with eval_extraction.py; see docs/evaluation.md).
/// </summary>
public sealed record TextDumpCleanerOptions
{
    public static TextDumpCleanerOptions Default { get; } = new();

    /// <summary>Fewest words for a line to count as prose.</summary>
    public int MinProseWords { get; init; } = 8;

    /// <summary>Fewest words for a line without closing punctuation to count as prose.</summary>
    public int MinUnpunctuatedProseWords { get; init; } = 16;

    /// <summary>Least share of lower-case words in prose; headlines and menus are mostly capitalized.</summary>
    public double MinProseLowerShare { get; init; } = 0.35;

    /// <summary>Weight of a known chrome line when looking for the densest run of prose.</summary>
    public double ChromePenalty { get; init; } = 12;

    /// <summary>Weight of a list item that is no prose (menus, link lists).</summary>
    public double ListItemPenalty { get; init; } = 3;

    /// <summary>Weight of a short non-prose line (labels, headings, captions).</summary>
    public double ShortLinePenalty { get; init; } = 2;

    /// <summary>Weight of a placeholder line (images, form fields).</summary>
    public double PlaceholderPenalty { get; init; } = 0.5;

    /// <summary>Cap on one line's positive weight, so one long block cannot pull distant chrome into the body.</summary>
    public double MaxLineWeight { get; init; } = 60;

    /// <summary>Weight of a heading that opens comments: large, so the body never runs across it.</summary>
    public double CommentBarrierPenalty { get; init; } = 1000;

    /// <summary>Weight of a teaser-list heading or item.</summary>
    public double TeaserPenalty { get; init; } = 25;

    /// <summary>Factor on prose weight after a comments heading, once article prose was seen above it.</summary>
    public double AfterBarrierDiscount { get; init; } = 0.25;

    /// <summary>Prose weight that must precede a comments or teaser heading for it to end the article.</summary>
    public double MinProseBeforeBarrier { get; init; } = 60;

    /// <summary>Least total prose weight of the first pass before the relaxed fallback pass runs.</summary>
    public double MinBodyWeight { get; init; } = 40;

    /// <summary>A line whose word 4-grams mostly occurred earlier repeats the article (embedded copies): not body.</summary>
    public double MaxEarlierShare { get; init; } = 0.7;

    /// <summary>Longest line (in words) taken as an item of a list that a colon line introduces after the body.</summary>
    public int MaxListLineWords { get; init; } = 25;

    /// <summary>Most lines taken as such a list.</summary>
    public int MaxIntroducedListLines { get; init; } = 200;

    /// <summary>Fewest consecutive list items with indented summaries that make a teaser list without a heading.</summary>
    public int MinTeaserItems { get; init; } = 3;
}
