namespace Dateline.Language.Quotes;

/// <summary>Settings of the quote extractor.</summary>
public sealed record QuoteExtractorOptions
{
    public static QuoteExtractorOptions Default { get; } = new();

    /// <summary>How far after a quote its attribution ("…," she said) is looked for, in characters.</summary>
    public int AttributionWindow { get; init; } = 200;

    /// <summary>The most words a speaker phrase read leftwards from its cue may have ("Russian Foreign Minister Sergey Lavrov").</summary>
    public int MaxSpeakerWords { get; init; } = 8;

    /// <summary>
    /// The longest attribution, in characters, between the two parts of one quote ("A," X, the director of …, said. "B.").
    /// Was 120 inside a pattern; PolNeAR dev quote F1 at 120 / 160 / 200 / 300: 90.79 / 91.12 / 91.18 / 91.20, speaker accuracy 91.50 / 91.51 / 91.51 / 91.50 (issue 17 audit: two doctors' quotes split by a long apposition).
    /// </summary>
    public int InterruptionMaxChars { get; init; } = 200;

    /// <summary>
    /// The most words of a photo caption that a quote left open at a paragraph's end runs across to its next paragraph
    /// (QuoteMarks). The eighth unseen-news sample's caption has 10 words, the page's other caption 12; a caption
    /// rarely runs past two lines. Set by reading, not tuned.
    /// </summary>
    public int CaptionMaxWords { get; init; } = 25;

    /// <summary>A quote with fewer words and no attribution is a scare quote or a title, not speech.</summary>
    public int MinDirectWords { get; init; } = 4;

    /// <summary>Emit indirect speech ("X said that …") as quotes of kind indirect.</summary>
    public bool IndirectSpeech { get; init; } = true;

    /// <summary>
    /// How far back, in characters, "they", "we" or "it" look for the organisation they stand for; farther, the quote
    /// gets no speaker rather than a guess. About two news paragraphs; set by reading, not tuned on PolNeAR: it judges
    /// only the mention's span once a speaker is given, so a longer reach would score better there by guessing.
    /// </summary>
    public int GroupPronounReach { get; init; } = 400;

    /// <summary>
    /// How many stretches between commas a reported clause's subject may carry before its verb: an apposition or a
    /// parenthesis ("claims Costner's music company, Kevin's Music LLC, entered …", "claimed her evidence, citing …, was
    /// …", VOA) or two ("claimed Iran, especially, amongst other outside parties, is …", Wikinews). Set by reading.
    /// </summary>
    public int ClauseSubjectInserts { get; init; } = 2;
}
