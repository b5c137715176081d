using System.Text.RegularExpressions;
using Dateline.Language.Times;

namespace Dateline.Language.Tests.Times;

public class TimexLexiconTests
{
    /// <summary>
    /// The scanner tries the rules only where they can match: a worded rule (dur-num's unit words, set-times' "times")
    /// only within its runs of white space of one of its words, and the rules of time-rules-words-at-once.txt from their
    /// first try. On random texts of the rules' words, numbers, modifiers and white space it gives each rule exactly the
    /// matches of its regex.
    /// </summary>
    [Fact]
    public void TheScannerGivesEachTimeRuleExactlyItsMatches()
    {
        var lexicon = TimexLexicon.Default;
        var regexes = lexicon.Rules.Select(r => new Regex(r.Pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)).ToList();
        string[] pieces = ["the ", "The  ", "past ", "last ", "next ", "first ", "about ", "no more than ", "at\u00A0least ", "more than ", "12 ", "1,200 ",
            "3.5 ", "twenty-one ", "thirty two ", "a couple of ", "a ", "an ", "two ", "several ", "more ", "additional ", "day", "days ", "weekend ",
            "weeks ", "year", "years ", "month ", "hours ", " old", "today ", "Monday ", "once ", "twice ", "three times ", "per ", "every ", "or so ",
            "ago ", "earlier ", " ", "\t", ". ", ", ", "\"", "early ", "late ", "that ", "same ", "this ", "morning ", "May ", "4 ", "2019 ",
            "'90s ", "1990s ", "o'clock ", "noon ", "half an ", "-year-long ", "-day ", "for ", "in recent ", "the past few ", "x", "é", "'s ",
            "the past no more than a couple of more days ", "The last no\u2009more than twenty-one more years old ", "about two more days or so ago ", "Q3 ", "q2 ", "Audi ", "Q4-", "second ", "half ", "of ", "the first half of "];
        var random = new Random(5);
        for (int round = 0; round < 600; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 160)).Select(_ => pieces[random.Next(pieces.Length)]));
            var scanned = lexicon.Scanner.Scan(text);
            for (int i = 0; i < regexes.Count; i++)
            {
                Assert.True(
                    Describe(regexes[i].Matches(text)).SequenceEqual(Describe(scanned[i])),
                    $"rule {lexicon.Rules[i].Id} on \"{text}\"");
            }
        }
    }

    /// <summary>
    /// No time rule opens after a letter, a digit or an apostrophe, so the scanner passes over the rest of every word
    /// (RuleScanner's runs after which no rule opens); date-the-quarter's second alternative ("the latest period") opened
    /// anywhere until the rules were read in a group.
    /// </summary>
    [Fact]
    public void NoTimeRuleOpensInsideAWord()
    {
        var options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;
        foreach (var rule in TimexLexicon.Default.Rules)
        {
            var blocked = Dateline.Core.Text.PatternOpenings.Of(rule.Pattern, options).BlockedAfter;
            Assert.True("abcxyzABCXYZ0189_'".All(blocked.Contains), rule.Id);
            Assert.False(new Regex(rule.Pattern, options).IsMatch("bathe latest period, xthe quarter"), rule.Id);
        }
    }

    /// <summary>
    /// The normalizer and the tagger (<see cref="TimexCandidate.Group"/>) read a rule's groups by the numbers
    /// <see cref="TimexLexicon.GroupNumbers"/> resolved once per rule:
    /// on every match of every rule over sentences that open most rules, each <see cref="TimexGroup"/> read by its number
    /// is the group its name gives (matched or not, at the same place), and every member names a group of some rule (a
    /// member misspelled would never match).
    /// </summary>
    [Fact]
    public void GroupsReadByNumberAreTheGroupsTheirNamesGive()
    {
        var lexicon = TimexLexicon.Default;
        string[] texts =
        [
            "On Monday, March 3, 2014, at 5:30 p.m. the talks began; they resumed at noon on Tuesday and last week.",
            "Two years ago, in the 1990s and the '80s, every Sunday and twice a week, for three months, in the nineteen-eighties.",
            "The third quarter of 2019, the year-ago quarter, the quarter, the year ended June 30, the 21st century, this summer.",
            "Tomorrow morning, yesterday, tonight, the next morning, last Friday night, Christmas 2020, the weekend, half a year, the eve of Easter.",
            "A quarter century, about six hours, several days, the 3rd quarter last year, Q4 2020, daily, each month, Mondays.",
        ];
        var names = Enum.GetValues<TimexGroup>().ToDictionary(g => g, g => g.ToString().ToLowerInvariant());
        var named = new HashSet<TimexGroup>();
        foreach (var text in texts)
        {
            var scanned = lexicon.Scanner.Scan(text);
            for (int i = 0; i < scanned.Length; i++)
            {
                int[] numbers = lexicon.GroupNumbers(lexicon.Rules[i]);
                foreach (var m in scanned[i])
                {
                    foreach (var (group, name) in names)
                    {
                        Group byNumber = m.Groups[numbers[(int)group]], byName = m.Groups[name];
                        Group ofCandidate = new TimexCandidate(lexicon.Rules[i], m).Group(group);
                        Assert.True(
                            (byNumber.Success, byNumber.Index, byNumber.Length) == (byName.Success, byName.Index, byName.Length)
                            && ofCandidate == byNumber,
                            $"rule {lexicon.Rules[i].Id}, group {name} on \"{m.Value}\"");
                    }
                }
            }
        }

        foreach (var rule in lexicon.Rules)
        {
            int[] numbers = lexicon.GroupNumbers(rule);
            named.UnionWith(names.Keys.Where(g => numbers[(int)g] >= 0));
        }

        Assert.Empty(names.Keys.Except(named));
    }

    private static List<string> Describe(IEnumerable<Match> matches) => [.. matches.Select(m => $"{m.Index}:{m.Length}")];
}
