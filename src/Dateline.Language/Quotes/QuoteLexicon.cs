using System.Text.RegularExpressions;

namespace Dateline.Language.Quotes;

/// <summary>Cue verbs, pronouns and speaker-phrase stop words of Quotes/Data, with the patterns built from them.</summary>
internal sealed class QuoteLexicon
{
    private static readonly Lazy<QuoteLexicon> DefaultLexicon = new(() => new QuoteLexicon());

    private QuoteLexicon()
    {
        Cues = ResourceText.WordSet("quote-cues.txt");
        Pronouns = ResourceText.WordSet("quote-pronouns.txt");
        Stops = ResourceText.WordSet("quote-speaker-stops.txt");
        Traps = ResourceText.WordSet("quote-cue-traps.txt");
        string cue = "(?:" + string.Join('|', Cues.OrderByDescending(c => c.Length).Select(Regex.Escape)) + ")";
        string pronoun = "(?:" + string.Join('|', Pronouns.Select(Regex.Escape)) + ")";
        string trap = "(?:" + string.Join('|', Traps.OrderByDescending(c => c.Length).Select(Regex.Escape)) + ")";
        const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture;

        // A cue word after a determiner, a possessive, a modifier or a number is a noun or an adjective ("the claims",
        // "growing calls", "unemployment claims", "2,000 confirmed cases"), not a verb of speech.
        string verb = $@"(?<!(?:(?<![\w'’-])(?i:{trap})|\d)\s+)(?i:{cue})";
        CuePattern = new Regex($@"(?<![\w'’-]){verb}(?![\w'’-])|(?<![\w])(?i:according\s+to)(?!\w)", Options);

        // After a quote: ", he said", "," Mangoush said", "," said Michael Baselice, an Austin pollster".
        SpeakerThenCue = new Regex(
            $@"^[\s,]*(?<spk>(?i:{pronoun})|(?:(?i:the|a|an|his|her|their|its|one|another|two|three|several|many|some)|[A-Z][\w.'’-]*)(?:\s+[\w.'’&-]+){{0,7}}?)\s+(?:\w+ly\s+|also\s+|later\s+|then\s+|again\s+)?(?<cue>{verb})(?![\w'’-])",
            Options);
        CueThenSpeaker = new Regex(
            $@"^[\s,]*(?<cue>(?i:{cue}|according\s+to))\s+(?<spk>(?i:{pronoun})(?![\w'’-])|(?:(?i:the|a|an|his|her|their|its|one|another)\s+|[A-Z])[^,.;:!?()\n""“”]{{0,80}}?)(?=\s*(?:[,.;:!?()\n""“”]|$|\s+(?:who|in|on|at|during|after|before|when|while|about|to|as|for|of\s+the)\b))",
            Options);
    }

    public static QuoteLexicon Default => DefaultLexicon.Value;

    public IReadOnlySet<string> Cues { get; }

    public IReadOnlySet<string> Pronouns { get; }

    public IReadOnlySet<string> Stops { get; }

    /// <summary>Words before a cue word that make it a noun or an adjective (quote-cue-traps.txt).</summary>
    public IReadOnlySet<string> Traps { get; }

    /// <summary>Any cue verb or "according to".</summary>
    public Regex CuePattern { get; }

    public Regex SpeakerThenCue { get; }

    public Regex CueThenSpeaker { get; }
}
