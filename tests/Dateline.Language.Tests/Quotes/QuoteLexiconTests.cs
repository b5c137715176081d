using System.Text.RegularExpressions;
using Dateline.Language.Quotes;

namespace Dateline.Language.Tests.Quotes;

public class QuoteLexiconTests
{
    // Cue words in several cases, the cue traps' words (modifiers, determiners, capitalised names, complemented nouns),
    // "according to", words that only hold a cue, and the characters around words the patterns look at.
    private static readonly string[] Pieces =
    [
        "said", "Said", "SAID", "says", "told", "pointed out", "pointed", " out", "according", " to", "According to", "states",
        "claims", "growing", "the", "confirmed", "2,000", "United", "He", "she", "Jones", "officials", "that", "saidx", "xsaid",
        "re-said", "said-", "'said", "’s", "_said", "9said", " ", "  ", ", ", ",", ".", ":", "“", "\"", "\n", "-", "é", "\u212A",
        "tal", "ked", "\u00A0", "\u2003", "(", "asked", "noted", "notes", "the document", " calls",
    ];

    private static readonly string[] Openings = [",", ", ", " ,  ", ",\u00A0", ",\n", string.Empty];

    [Fact]
    public void FindsExactlyTheCuePatternsMatches()
    {
        var lexicon = QuoteLexicon.Default;
        var random = new Random(11);
        for (int round = 0; round < 3000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 16)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            Assert.Equal(Describe(lexicon.CuePattern.Matches(text)), Describe(lexicon.FindCues(text)));
        }
    }

    [Fact]
    public void RulesOutACueAfterACommaOnlyWhereCueThenSpeakerCannotMatch()
    {
        var lexicon = QuoteLexicon.Default;
        var random = new Random(12);
        int matched = 0;
        for (int round = 0; round < 3000; round++)
        {
            // Half the texts open as a comma tail does ("," then a cue-like piece, a space and a speaker-like piece).
            var text = (random.Next(2) == 0 ? Openings[random.Next(Openings.Length)] + Pieces[random.Next(Pieces.Length)] + " " : string.Empty)
                + string.Concat(Enumerable.Range(0, random.Next(1, 6)).Select(_ => Pieces[random.Next(Pieces.Length)]));
            bool matches = lexicon.CueThenSpeaker.IsMatch(text);
            matched += matches ? 1 : 0;
            Assert.True(!matches || lexicon.CueMayOpenAt(text, 0), text);
        }

        Assert.True(matched > 50, $"only {matched} texts matched: the test would show nothing");
        Assert.True(lexicon.CueMayOpenAt(", said Jones", 0));
        Assert.True(lexicon.CueMayOpenAt(",  \u212Aelvin", 0));
        Assert.False(lexicon.CueMayOpenAt(", the report", 0));
    }

    private static List<string> Describe(IEnumerable<Match> matches) => [.. matches.Select(m => $"{m.Index}:{m.Value}")];

    [Theory]
    [InlineData("Here is how bad things got in the words of the patient: ", "in the words of", "the patient")]
    [InlineData("The course went on. As he related, ", "related", "he")]
    [InlineData("As the doctor related , ", "related", "the doctor")]
    [InlineData("He related to the patient: ", null, null)]
    [InlineData("Has he related, ", null, null)]
    [InlineData("in the words of the patient: he said ", null, null)]
    public void ReadsASpeakerFrameOnlyRightBeforeTheQuote(string before, string? cue, string? speaker)
    {
        var frame = QuoteLexicon.Default.SpeakerFrame(before);
        Assert.Equal(cue is not null, frame.Success);
        if (frame.Success)
        {
            Assert.Equal(cue, frame.Groups["cue"].Value);
            Assert.Equal(speaker, frame.Groups["spk"].Value);
        }
    }

    [Theory]
    [InlineData(" on Tuesday, after years of debate", true)]
    [InlineData(" on Tuesday, amid protests", true)]
    [InlineData(" on Tuesday, the first of many", true)]
    [InlineData(" on Tuesday, aftershocks continued", false)]
    [InlineData(" he would leave", false)]
    public void OpensAnAppendedPhraseAtAnAdjunct(string rest, bool appended)
        => Assert.Equal(appended, QuoteLexicon.Default.AppendedPhrase.IsMatch(rest));

    /// <summary>
    /// The lexicon's patterns with their word lists grouped by first letter (<see cref="Core.Text.RegexAlternation"/>)
    /// and a comma tail's cue word tested before the cue traps (the default) find what they find with the lists in their
    /// own order and the traps first, on real sentences: every comma tail
    /// (speaker-then-cue, cue-then-speaker), the cues (with the participles after a comma), the objects and passives
    /// after each cue, and the hearer reports
    /// of the first 400 Wikinews texts (../shared/data/corpus).
    /// </summary>
    [Fact]
    public void PatternsBuiltForSpeedFindTheSameMatchesOnRealSentences()
    {
        var grouped = QuoteLexicon.Default;
        var given = new QuoteLexicon(words => string.Join('|', words), tailCueFirst: false);
        Assert.NotEqual(given.SpeakerThenCue.ToString(), grouped.SpeakerThenCue.ToString());
        using var gz = new System.IO.Compression.GZipStream(File.OpenRead(Dateline.Tests.SharedData.Require("data", "corpus", "wikinews_en.jsonl.gz")), System.IO.Compression.CompressionMode.Decompress);
        using var reader = new StreamReader(gz);
        int tails = 0, matched = 0;
        for (int n = 0; n < 400 && reader.ReadLine() is { } line; n++)
        {
            var text = System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("text").GetString() ?? string.Empty;
            foreach (var sentence in Regex.Split(text, @"(?<=[.!?”""])\s+"))
            {
                Assert.Equal(Groups(given.CuePattern.Matches(sentence)), Groups(grouped.CuePattern.Matches(sentence)));
                Assert.Equal(Groups(given.FindCues(sentence)), Groups(grouped.FindCues(sentence)));
                Assert.Equal(Groups(given.FindReportCues(sentence)), Groups(grouped.FindReportCues(sentence)));
                Assert.Equal(Groups([given.HearerReport(sentence)]), Groups([grouped.HearerReport(sentence)]));
                foreach (var cue in given.FindCues(sentence))
                {
                    Assert.Equal(given.ObjectCueAt(sentence, cue.Index), grouped.ObjectCueAt(sentence, cue.Index));
                    Assert.Equal(Groups([given.PassiveReport(sentence, cue.Index)]), Groups([grouped.PassiveReport(sentence, cue.Index)]));
                }

                for (int comma = sentence.IndexOf(','); comma >= 0; comma = sentence.IndexOf(',', comma + 1))
                {
                    var tail = sentence[comma..];
                    var speakerThenCue = given.SpeakerThenCue.Match(tail);
                    Assert.Equal(Groups([speakerThenCue]), Groups([grouped.SpeakerThenCue.Match(tail)]));
                    Assert.Equal(Groups([given.CueThenSpeaker.Match(tail)]), Groups([grouped.CueThenSpeaker.Match(tail)]));
                    tails++;
                    matched += speakerThenCue.Success ? 1 : 0;
                }
            }
        }

        Assert.True(tails > 2000 && matched > 200, $"{tails} tails, {matched} matched");
    }

    [Theory]
    [InlineData("declaring", true, false)] // "declared" object
    [InlineData("arguing", true, false)] // "argued" object
    [InlineData("warning", true, false)] // "warned" object
    [InlineData("insisting", true, false)] // its own kind object
    [InlineData("claiming", true, true)] // its own kind clause
    [InlineData("saying", false, false)] // "said" has no kind
    [InlineData("calling", false, false)] // its own kind participle, not "called"'s
    public void ACueParticipleTakesItsPastFormsKind(string participle, bool clauseOrObject, bool clauseOnly)
    {
        Assert.Equal(clauseOrObject, QuoteLexicon.Default.ClauseOrObjectCues.Contains(participle));
        Assert.Equal(clauseOnly, QuoteLexicon.Default.ClauseOnlyCues.Contains(participle));
    }

    private static List<string> Groups(IEnumerable<Match> matches)
        => [.. matches.Select(m => string.Join(' ', m.Groups.Values.Select(g => $"{g.Name}:{g.Index}+{(g.Success ? g.Length : -1)}")))];

    [Theory]
    [InlineData("head", "of", true)]
    [InlineData("heads", "of", true)]
    [InlineData("directors", "for", true)]
    [InlineData("firms", "of", false)]
    [InlineData("bus", "of", false)]
    public void TiesARoleWordOrItsPluralToWhomItServes(string first, string second, bool role)
    {
        // "The heads of both lobbying firms told AP": the heads speak, not the firms (issue 17, sample 33; quotes-mends27)
        QuoteLexicon.Default.IsLink(first, second, out bool isRole);
        Assert.Equal(role, isRole);
    }
}
