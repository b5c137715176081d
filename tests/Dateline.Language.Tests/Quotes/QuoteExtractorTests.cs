using System.Text.RegularExpressions;
using Dateline.Language.Quotes;

namespace Dateline.Language.Tests.Quotes;

/// <summary>
/// The windows <see cref="QuoteExtractor"/> tries two end-anchored patterns in (perf-warm): the pattern tried from
/// the window's start finds what it finds tried over the whole stretch, and where the window says none can match, none
/// does. Random texts of the words the patterns read, their traps and white space of several kinds.
/// </summary>
public class QuoteExtractorTests
{
    private static readonly string[] Words =
    [
        "a", "spokesperson", "for", "the", "The", "Universities", "and", "&", "of", "Colleges", "Employers’", "Association",
        "(UCEA)", "source", "close", "to", "Macron", "Smith,", "Smith", "but", "But", "also", "quickly", "said", "says",
        "O'Neil", "-", "x1", "’s", "Dr.", "U.S.", "AT&T", "and,", "of.", "the.", ",", "(", "9", "_x", "é", "Éric", "ly",
    ];

    private static readonly string[] Spaces = [" ", " ", " ", "  ", "\n", "\t", "\u00A0", "\u2003", " \n"];

    private static string RandomText(Random random, int words)
        => string.Concat(Enumerable.Range(0, words).Select(_ => Words[random.Next(Words.Length)] + (random.Next(6) == 0 ? string.Empty : Spaces[random.Next(Spaces.Length)])));

    private static string Describe(Match m)
        => m.Success ? string.Join('|', m.Groups.Values.Select(g => $"{g.Name}:{g.Success}:{g.Index}:{g.Length}")) : "none";

    /// <summary>
    /// Over 20,000 random texts: the pattern tried from the window <paramref name="read"/> gives (its whole stretch's
    /// match, the window's) finds the same; the number of texts it matched in.
    /// </summary>
    private static int AssertWindowFindsTheSame(int seed, int maxWords, Func<string, Random, (Match Whole, Match Windowed)> read)
    {
        var random = new Random(seed);
        int matched = 0;
        for (int round = 0; round < 20000; round++)
        {
            var text = RandomText(random, random.Next(0, maxWords));
            var (whole, windowed) = read(text, random);
            Assert.True(Describe(whole) == Describe(windowed), $"{text}: {Describe(whole)} vs {Describe(windowed)}");
            matched += whole.Success ? 1 : 0;
        }

        return matched;
    }

    [Fact]
    public void The_link_pattern_from_its_window_finds_what_it_finds_over_the_whole_stretch()
    {
        int matched = AssertWindowFindsTheSame(20, 18, (text, random) =>
        {
            int end = random.Next(text.Length + 1);
            int from = random.Next(end + 1);
            int start = QuoteExtractor.LinkBeforeStart(text, from, end);
            Assert.True(start < 0 || start >= from, text);
            return (QuoteExtractor.LinkBefore().Match(text, from, end - from), start < 0 ? Match.Empty : QuoteExtractor.LinkBefore().Match(text, start, end - start));
        });
        Assert.True(matched > 300, $"only {matched} matches: the texts do not exercise the pattern");
    }

    [Fact]
    public void The_link_window_keeps_a_link_read_through_four_capitalised_words()
    {
        // nine runs after the link's words, the most the pattern reads: the window opens at "spokesperson"
        const string text = "said a spokesperson for the Universities and Colleges of Employers’ & Staff and ";
        int start = QuoteExtractor.LinkBeforeStart(text, 0, text.Length);
        Assert.Equal(text.IndexOf("spokesperson", StringComparison.Ordinal), start);
        Assert.Equal("spokesperson", QuoteExtractor.LinkBefore().Match(text, start, text.Length - start).Groups["w1"].Value);
        Assert.Equal(-1, QuoteExtractor.LinkBeforeStart("a source close to Macron", 0, 24)); // no white space before the end
    }

    [Fact]
    public void The_coordinated_verb_pattern_from_its_window_finds_what_it_finds_over_the_whole_text()
    {
        int matched = AssertWindowFindsTheSame(21, 12, (text, _) =>
        {
            int start = QuoteExtractor.CoordinationStart(text);
            Assert.Equal(QuoteExtractor.CoordinatedVerb().IsMatch(text), start >= 0 && QuoteExtractor.CoordinatedVerb().IsMatch(text.AsSpan(start)));
            return (QuoteExtractor.CoordinatedVerb().Match(text), start < 0 ? Match.Empty : QuoteExtractor.CoordinatedVerb().Match(text, start, text.Length - start));
        });
        Assert.True(matched > 300, $"only {matched} matches: the texts do not exercise the pattern");
    }

    [Fact]
    public void The_coordination_window_is_the_word_the_conjunction_and_an_adverb()
    {
        Assert.Equal(7, QuoteExtractor.CoordinationStart("It was Smith, and also "));
        Assert.Equal(0, QuoteExtractor.CoordinationStart("Smith and "));
        Assert.Equal(-1, QuoteExtractor.CoordinationStart("and ")); // no word before the conjunction
        Assert.Equal(-1, QuoteExtractor.CoordinationStart("Smith and also")); // no white space at the end
        Assert.Equal(-1, QuoteExtractor.CoordinationStart("Smith and then quickly ")); // the conjunction three runs back
    }

    [Fact]
    public void A_coordinated_verb_may_follow_closing_quote_marks()
    {
        // "Saddam repeatedly called Bush “a liar” and said …", "He called the report “nonsense,” but said …" (sample 21)
        Assert.Equal("liar", QuoteExtractor.CoordinatedVerb().Match("Saddam repeatedly called Bush “a liar” and ").Groups["word"].Value);
        Assert.Equal("nonsense", QuoteExtractor.CoordinatedVerb().Match("He called the report \"nonsense,\" but ").Groups["word"].Value);
        Assert.Equal(0, QuoteExtractor.CoordinationStart("liar” and "));
        Assert.DoesNotMatch(QuoteExtractor.CoordinatedVerb(), "called Bush “a liar” ");
    }
}
