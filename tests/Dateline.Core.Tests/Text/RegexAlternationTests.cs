using System.Text.RegularExpressions;
using Dateline.Core.Text;

namespace Dateline.Core.Tests.Text;

public class RegexAlternationTests
{
    [Fact]
    public void GroupsBranchesByTheirFirstLetterKeepingTheGivenOrderInEachGroup()
    {
        Assert.Equal("said|says|Stated|say|added|asked|told", RegexAlternation.ByFirstLetter(["said", "added", "says", "told", "Stated", "asked", "say"]));
        // a branch opening with anything but an ASCII letter or digit: the given order
        Assert.Equal(@"said|\.com|says", RegexAlternation.ByFirstLetter(["said", @"\.com", "says"]));
        Assert.Equal("", RegexAlternation.ByFirstLetter([]));
    }

    [Fact]
    public void PhrasesAreEscapedLongestFirstWithFlexibleSpacesAndApostrophes()
    {
        Assert.Equal(@"(?:a\s+lot|a\.m\.|an|x)", RegexAlternation.OfPhrases(["an", "x", "a lot", "a.m."]));
        Assert.Equal("(?:new\\s+year['’]s|noon)", RegexAlternation.OfPhrases(["noon", "new year's"], anyApostrophe: true));
        Assert.Equal("(?:new\\s+year's|noon)", RegexAlternation.OfPhrases(["noon", "new year's"]));
        var pattern = new Regex(RegexAlternation.OfPhrases(["new year", "new year's day"], anyApostrophe: true));
        Assert.Equal("new  year’s day", pattern.Match("on new  year’s day").Value);
    }

    /// <summary>
    /// Random lists of words sharing prefixes (so which branch matches first matters to the match and its group), in
    /// patterns that read the branch chosen (a capture, a continuation that backtracks into the alternation, a look-behind,
    /// case ignored or not), over random texts of those words: the grouped alternation finds the same matches as the list
    /// in its own order. Fails when a group's branches are reordered (sorted, or shortest first).
    /// </summary>
    [Fact]
    public void FindsTheSameMatchesAsTheListInItsOwnOrder()
    {
        var random = new Random(20);
        string[] stems = ["sa", "said", "say", "a", "ad", "add", "added", "as", "ask", "to", "told", "st", "sta", "stated", "K", "k", "s", "S"];
        string[] templates =
        [
            @"(?<w>(?:ALT))(?<rest>\w*)", @"(?<w>(?:ALT))(?![a-z])", @"(?i:(?<w>(?:ALT)))\s+(?<n>\w+)", @"(?<=(?:ALT)\s+)(?<n>[a-z]+)",
            @"(?<!(?<![a-z])(?i:(?:ALT))\s+)\b(?<n>[a-z]+)", @"(?<w>(?:ALT))(?:d|ed)?\b", @"\b(?<w>(?i:ALT))(?<rest>[a-z]{0,2})",
        ];
        for (int trial = 0; trial < 400; trial++)
        {
            var words = stems.OrderBy(_ => random.Next()).Take(random.Next(2, stems.Length)).ToList();
            if (random.Next(2) == 0)
            {
                words = [.. words.OrderByDescending(w => w.Length)];
            }

            var template = templates[random.Next(templates.Length)];
            var given = new Regex(template.Replace("ALT", string.Join('|', words), StringComparison.Ordinal), RegexOptions.CultureInvariant);
            var grouped = new Regex(template.Replace("ALT", RegexAlternation.ByFirstLetter(words), StringComparison.Ordinal), RegexOptions.CultureInvariant);
            var text = string.Join(random.Next(3) == 0 ? "" : " ", Enumerable.Range(0, 12).Select(_ => stems[random.Next(stems.Length)] + (random.Next(4) == 0 ? "ed" : "")));
            Assert.Equal(Describe(given.Matches(text)), Describe(grouped.Matches(text)));
        }
    }

    internal static List<string> Describe(IEnumerable<Match> matches)
        => [.. matches.Select(m => string.Join(' ', m.Groups.Values.Select(g => $"{g.Name}:{g.Index}+{(g.Success ? g.Length : -1)}")))];
}
