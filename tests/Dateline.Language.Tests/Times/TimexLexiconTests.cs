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
            "the past no more than a couple of more days ", "The last no\u2009more than twenty-one more years old ", "about two more days or so ago ", "Q3 ", "q2 ", "Audi ", "Q4-"];
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

    private static List<string> Describe(IEnumerable<Match> matches) => [.. matches.Select(m => $"{m.Index}:{m.Length}")];
}
