using System.Text.RegularExpressions;
using Dateline.Language.Times;

namespace Dateline.Language.Tests.Times;

public class TenseGuesserTests
{
    // The guesser's word pattern, written again: the reading from LastWordsStart must find the whole stretch's last words.
    private static readonly Regex Word = new(@"[\w][\w'’-]*|'ll|’ll");

    private static List<(int Index, string Value)> LastWords(string stretch, int from, int keep)
        => Word.Matches(stretch, from).Select(m => (m.Index, m.Value)).TakeLast(keep).ToList();

    /// <summary>
    /// Brute-force equivalence: on random stretches of letters, digits, apostrophes, hyphens, "'ll", combining marks and
    /// separators, the last words read from <see cref="TenseGuesser.LastWordsStart"/> are the whole stretch's.
    /// </summary>
    [Fact]
    public void TheLastWordsFromTheStartFoundAreTheWholeStretchs()
    {
        string[] pieces = ["a", "Bc", "7", "'", "’", "-", "'ll", "’ll", "\u0301", "é", " ", " ", ",", ".", "\n", "“", "(", "_"];
        var random = new Random(20261207);
        for (int trial = 0; trial < 20_000; trial++)
        {
            var stretch = string.Concat(Enumerable.Range(0, random.Next(0, 40)).Select(_ => pieces[random.Next(pieces.Length)]));
            int keep = random.Next(1, 8);
            int from = TenseGuesser.LastWordsStart(stretch, keep);
            Assert.InRange(from, 0, stretch.Length);
            Assert.Equal(LastWords(stretch, 0, keep), LastWords(stretch, from, keep));
        }
    }

    /// <summary>A long sentence before an expression is not read whole: the start is among its last words.</summary>
    [Fact]
    public void ALongStretchIsReadFromNearItsEnd()
    {
        var stretch = string.Concat(Enumerable.Repeat("the officials said it would rain ", 10_000));
        int from = TenseGuesser.LastWordsStart(stretch, 6);
        Assert.True(stretch.Length - from < 60, $"reads {stretch.Length - from} characters");
        Assert.Equal(LastWords(stretch, 0, 6), LastWords(stretch, from, 6));
    }

    /// <summary>The words after an expression stop at a closing quote mark: the verb after it tells when the quote was said.</summary>
    [Theory]
    [InlineData("in Casper this Saturday,” the release added.", 23, 24)]
    [InlineData("in Casper this Saturday,\" the release added.", 23, 24)]
    [InlineData("on Saturday \"as planned\" officials said.", 11, 23)]
    [InlineData("this Saturday, officials said.", 13, 30)]
    public void TheWordsAfterStopAtAClosingQuote(string text, int from, int expected)
        => Assert.Equal(expected, TenseGuesser.QuoteEnd(text, from, text.Length));
}
