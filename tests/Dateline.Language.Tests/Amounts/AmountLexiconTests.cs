using System.Text.RegularExpressions;
using Dateline.Language.Amounts;

namespace Dateline.Language.Tests.Amounts;

public class AmountLexiconTests
{
    [Theory]
    [InlineData("fifty-four", 54)]
    [InlineData("twenty-one", 21)]
    [InlineData("4,50,000", 450000)]
    [InlineData("1,200", 1200)]
    [InlineData("ten", 10)]
    public void ReadsNumbers(string text, double value) => Assert.Equal(value, AmountLexicon.Default.Number(text));

    [Theory]
    [InlineData("one")] // only inside a compound: alone it is an article more often than a count
    [InlineData("tenure")]
    [InlineData("fifty-ten")]
    public void RefusesWhatIsNoNumber(string text) => Assert.Null(AmountLexicon.Default.Number(text));

    [Theory]
    [InlineData("Her tenure began.")]
    [InlineData("Take Route 2 north.")]
    [InlineData("The 44th anniversary.")]
    [InlineData("At 0700 GMT it began.")]
    public void FindsNoAmountIn(string text) => Assert.Empty(new AmountExtractor().Extract(text));

    /// <summary>
    /// The amount pattern tried at its opening words (and prefixes, and by position at other characters) gives exactly
    /// its own matches, on random texts of every kind of opening, words that hold one ("dozensx", "abouts", "tenure"),
    /// symbols, digits and the characters around them (a Kelvin sign in some).
    /// </summary>
    [Fact]
    public void FindsExactlyTheAmountPatternsMatches()
    {
        var lexicon = AmountLexicon.Default;
        string[] pieces =
        [
            "about", "About", "abouts", "at least", "at", " least", "more than", "up to", "as many as", "an estimated", "estimated", "some", "only",
            "dozens", "dozensx", "Hundreds", "hundredsfold", "tens of thousands", "tens", " of", "half", "a third", "one-half", "two thirds",
            "US$", "US", "us$", "$", "€", "£", "¥", "5", "1,200", "4,50,000", "3.5", "ten", "tenure", "twenty-one", "twenty", "fifty-four",
            "a dozen", "half a dozen", "a", "one", "million", "m", "bn", " billion", "percent", "%", " dollars", " euros", " to ", " - ",
            " ", "  ", "\u00A0", ",", ".", "-", "'", "é", "K", "\u212A", "\n", "people", "the",
        ];
        var random = new Random(31);
        int matched = 0;
        for (int round = 0; round < 3000; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 24)).Select(_ => pieces[random.Next(pieces.Length)]));
            var expected = Describe(lexicon.Pattern.Matches(text));
            matched += expected.Count;
            Assert.Equal(expected, Describe(lexicon.Matches(text)));
        }

        Assert.True(matched > 1000, $"only {matched} matches: the test would show little");
    }

    private static List<string> Describe(IEnumerable<Match> matches)
        => [.. matches.Select(m => $"{m.Index}:{m.Value}" + string.Concat(m.Groups.Values.Skip(1).Where(g => g.Success).Select(g => $"|{g.Name}={g.Index}:{g.Value}")))];
}
