using System.Text.RegularExpressions;
using Dateline.Core.Text;

namespace Dateline.Core.Tests.Text;

public class RuleScannerTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Patterns of the shapes the layers use: leading look-behinds, optional openings, alternations of words, classes,
    // quantified groups, look-behinds inside, empty matches, and constructs the reader does not know.
    private static readonly string[] Patterns =
    [
        @"(?<![\w'’])(?:(?<rel>last|next)\s+)?(?<month>May|June)\s+(?<day>[0-3]?\d)\b",
        @"(?<![\w'’])(?:every|each|per)\s+(?:other\s+)?(?:(?<num>\d+|two|a)\s+)?(?<unit>day|week)s?\b",
        @"(?<![\w$€£.,-])(?:(?<mod>about|over)\s+)?(?<cur>\$|€|US\$)?\s?(?<num>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(?<pct>%|percent\b))?",
        @"(?<=\b(?:over|during)\s+)(?<weekend>the\s+weekend)\b",
        @"(?:(?<rel>the|last)\s+)?(?:(?<=\b(?<qyear>(?:19|20)\d\d)\s+))?(?<quarter>first|second|1st)[- ]quarter\b",
        @"x*",
        @"(?<![\w])a|b?",
        @"(?i:ok)(?<c>\w)\k<c>",
        @"[^a-z\s]{2}",
        @"½|’s",
        @"\.{2,}",
        @"(?:the\s+)?(?:(?<mod>early|late)[- ])?(?<decade>(?:19|20)\d0)'?s\b",
        @"the\s+(?:fiscal\s+)?(?<theyear>year)\b(?!-)",
        @"(?:once|twice|\w+\s+times)\s+(?:a|per)\s+(?<unit>day|week)\b",
        @"ab|abcdé|abc",
        @"(?<n>\d+|two)\s+(?:days?|weeks?)\s+ago\b",
        @"\d+\s+o'clock|noon",
    ];

    [Fact]
    public void GivesEachRuleExactlyItsMatches()
    {
        var scanner = new RuleScanner(Patterns, Options);
        string[] pieces = ["May", "june", " 4", "30", "last", "next ", "every", "each", " other", "two", "day", "weeks", "per", "$", "€",
            "US$", "1,200", "3.5", "%", " percent", "about", "over", "during", " the", " weekend", "1999", " first", "-quarter",
            " quarter", "x", "xx", "a", "b", "ok", "okaa", "Ökb", "’s", "½", "..", ".", ",", "'", "\n", "  ", "é", "K", "\u212A", "the", "The ", "year", "fiscal ",
            "1990", "'s", "early-", "once", "three", " times", "abc", "abcd", "d", " ago", " AGO", "days", " o'clock", "noon", "no", "\u212A"];
        AssertScansAsRegexes(scanner, Patterns, pieces, seed: 7, rounds: 400, maxPieces: 30);
    }

    /// <summary>
    /// Worded rules whose words lie several runs of white space into a match ("the past two more days"), on texts long
    /// enough that the word filter works (after its eighth try, and from the first for the rules searched at once), with
    /// words close to and just beyond each rule's reach: the scanner gives exactly the matches of each regex.
    /// </summary>
    [Fact]
    public void TriesAWordedRuleWithinItsReachOfAWordOnly()
    {
        string[] patterns =
        [
            @"(?<![\w'’])(?:(?:the\s+)?(?:past|last|next)\s+)?(?:(?:about|no\s+more\s+than)\s+)?(?<num>\d+(?:,\d{3})*|(?:twenty|thirty)[- ](?:one|two)|a\s+couple\s+of|a|two)\s+(?:more\s+)?(?<unit>day|week|weekend|year)s?\b(?!\s+old\b)",
            @"(?<![\w'’])(?:once|twice|\w+\s+times)\s+(?:a|per)\s+(?<unit>day|week)\b",
            @"(?<![\w'’])(?:about\s+)?(?<num>\d+|two|a)\s+(?:more\s+)?(?:days?|weeks?)\s+(?:or\s+so\s+)?(?<ago>ago|earlier)\b",
            @"(?<![\w'’])(?:early|late)[\s\u00A0]+(?:that|same)\s+(?:day|week)",
        ];
        var rules = patterns.Select(p => new Regex(p, Options)).ToList();
        var scanners = new[] { new RuleScanner(patterns, Options), new RuleScanner(patterns, Options, wordsAtOnce: [0, 1, 2, 3]) };
        string[] pieces = ["the ", "The  ", "past ", "last\n", "next ", "about ", "no more than ", "no  more\tthan ", "12", "1,200", "twenty-one ",
            "thirty two ", "a couple of ", "a ", "A\u00A0", "two ", "more ", "day", "days", "weekend", "weeks", "year", "years", " old", "today",
            "Monday", "once ", "twice ", "three times ", "per ", "or so ", "ago", "earlier", " ", "  ", ". ", ", ", "\"", "early ", "late\u00A0",
            "that ", "same ", "x", "\u2009", "é", "'s ", "’",
            "the past no more than a couple of more days", "The  last no\u00A0more than twenty-one more years ", "about two more days or so ago",
            "next about 1,200 more weeks", " a couple of"];
        var random = new Random(11);
        for (int round = 0; round < 1500; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, 120)).Select(_ => pieces[random.Next(pieces.Length)]));
            if (round % 7 == 0)
            {
                text += "\u212A"; // a Kelvin sign: the text is scanned without the word filter
            }

            foreach (var scanner in scanners)
            {
                var scanned = scanner.Scan(text);
                for (int i = 0; i < rules.Count; i++)
                {
                    Assert.Equal(Describe(rules[i].Matches(text)), Describe(scanned[i]));
                }
            }
        }
    }

    /// <summary>
    /// Rules that all open only at a word's start, as the time rules do: the scan passes over the runs of characters after
    /// which none opens (word characters, apostrophes) and still finds every match, right after a run, at the text's
    /// start and end, after a character outside ASCII and after a run that ends the text.
    /// </summary>
    [Fact]
    public void PassesOverRunsAfterWhichNoRuleOpens()
    {
        string[] patterns =
        [
            @"(?<![\w'’])(?:(?<rel>last|next)\s+)?(?<month>May|June)\s+(?<day>[0-3]?\d)\b",
            @"(?<![\w'’])(?<year>(?:19|20)\d\d)(?!\d)",
            @"(?<![\w'’])\d+\s+o'clock|(?<![\w'’])a\.m\.",
            @"(?<![\w'’.])(?:the\s+)?(?<decade>(?:19|20)\d0)'?s\b",
        ];
        var scanner = new RuleScanner(patterns, Options);
        string[] pieces = ["May", "june", " 4", "30", "4", "last ", "next ", "1999", "2020s", "1990", "the ", "'", "’", "x", "ab", "é", ".",
            ",", " ", "\n", "-", "a.m.", "o'clock", "12 o'clock", "_", "(", "\u212A"];
        AssertScansAsRegexes(scanner, patterns, pieces, seed: 5, rounds: 3000, maxPieces: 24);
    }

    [Fact]
    public void FindsMatchesAtBothEndsOfTheText()
    {
        var scanner = new RuleScanner([@"(?<![\w'’])(?:may|june)\s+\d+", @"\d"], Options);
        var found = scanner.Scan("June 4");
        Assert.Equal(["0:June 4"], Describe(found[0]));
        Assert.Equal(["5:4"], Describe(found[1]));
    }

    [Fact]
    public void TriesAWordedRuleOnlyWhereItsWordLiesAheadInTheStretch()
    {
        var scanner = new RuleScanner([@"(?<![\w'’])\w+\s+times\s+a\s+day"], Options);
        Assert.Equal(["10:three times a day"], Describe(scanner.Scan("He said: \"three times a day\".")[0]));
        Assert.Empty(scanner.Scan("three. times a day")[0]); // the full stop is no character of a match
        Assert.Equal(["0:Three TIMES a day"], Describe(scanner.Scan("Three TIMES a day")[0]));
    }

    /// <summary>
    /// Every character outside ASCII that the engine takes for an ASCII letter, ignoring case (the Kelvin sign for k),
    /// is found inside a rule's word: the scanner's ordinal search for words would not see it.
    /// </summary>
    [Fact]
    public void FindsWordsSpelledWithCharactersTheEngineFoldsToAscii()
    {
        for (char letter = 'a'; letter <= 'z'; letter++)
        {
            var single = new Regex("^" + letter + "$", Options);
            var scanner = new RuleScanner([@"\d\s+" + letter + "xy"], Options);
            for (int c = 128; c < 0x10000; c++)
            {
                if (char.IsSurrogate((char)c) || !single.IsMatch(((char)c).ToString()))
                {
                    continue;
                }

                var text = "1 " + (char)c + "XY";
                Assert.Equal(Describe(new Regex(@"\d\s+" + letter + "xy", Options).Matches(text)), Describe(scanner.Scan(text)[0]));
            }
        }
    }

    /// <summary>
    /// Rules given their opening words (tried only at runs of letters the word table holds, in one walk over the text's
    /// words) beside rules tried by position: every rule gets exactly its regex's matches, in texts with words that hold
    /// an opening word inside, after a letter or digit, and with the Kelvin sign (then tried by position).
    /// </summary>
    [Fact]
    public void TriesARuleGivenItsOpeningWordsAtThoseWordsOnly()
    {
        string[] patterns =
        [
            @"(?<![\w'’-])(?<!(?i:the)\s+)(?i:said|says|pointed\s+out|told)(?![\w'’-])|(?<!\w)(?i:according\s+to)(?!\w)",
            @"(?<![\w'’])(?:every|each|per)\s+(?:other\s+)?(?<unit>day|week)s?\b",
            @"(?<n>\d+|two)\s+(?:days?|weeks?)\s+ago\b",
            @"(?<![\w'’])(?:the\s+)?(?<decade>(?:19|20)\d0)'?s\b",
        ];
        var openingWords = new Dictionary<int, OpeningWords>
        {
            [0] = new(["said", "says", "pointed", "told", "according"]),
            [1] = new(["every", "Each", "PER"]),
        };
        var scanner = new RuleScanner(patterns, Options, openingWords: openingWords);
        string[] pieces = ["said", "SAYS", "Said", "saidx", "xsaid", "9said", "said9", "_said", "-said", "'said", "the", " ", "  ", "\u00A0", ",", ".",
            "pointed", " out", "pointedly", "told", "according", " to", "every", "each", "per", "perhaps", "super", " other", " day", "s", " week",
            "two", "3", " ago", "1990", "2000's", "K", "\u212A", "é", "\n"];
        AssertScansAsRegexes(scanner, patterns, pieces, seed: 17, rounds: 2000, maxPieces: 40);

        Assert.Equal(1UL, scanner.RulesOpeningWith("SAID"));
        Assert.Equal(2UL, scanner.RulesOpeningWith("per"));
        Assert.Equal(0UL, scanner.RulesOpeningWith("the"));
    }

    /// <summary>
    /// A rule that opens at words, at words' prefixes ("dozens" of "dozensx", which the pattern does not end with a
    /// word boundary) and at other characters (digits, "$"), beside a rule tried by position: exactly the regexes' matches.
    /// </summary>
    [Fact]
    public void TriesARuleOpeningAtWordsPrefixesAndElsewhereExactlyWhereItMatches()
    {
        string[] patterns =
        [
            @"(?<![\w$.,-])(?:(?<mod>about|more\s+than|an\s+estimated)\s+)?(?:(?<vague>dozens|hundreds|tens\s+of\s+thousands)(?:\s+of)?|(?<cur>\$|US\$)?\s?(?<num>\d+(?:,\d{3})*|two|twenty-one|a\s+dozen)(?![\w]))",
            @"\d+\s+(?:days?|weeks?)",
        ];
        var openingWords = new Dictionary<int, OpeningWords>
        {
            [0] = new(["about", "more", "an", "two", "twenty", "a", "US", "tens"], ["dozens", "hundreds"], Elsewhere: true),
        };
        var scanner = new RuleScanner(patterns, Options, openingWords: openingWords);
        string[] pieces = ["about", "About ", "abouts", "more", " than", "an", " estimated", "dozens", "dozensx", "Hundreds", "hundredsfold", "tens", " of",
            " thousands", "$", "US$", "us", "x$", "5", "1,000", ",", ".", "-", " ", "  ", "\u00A0", "two", "twenty-one", "twentyone", "a", " dozen", "adozen",
            "days", " week", "K", "\u212A", "é", "\n"];
        AssertScansAsRegexes(scanner, patterns, pieces, seed: 23, rounds: 3000, maxPieces: 40);

        Assert.Equal(1UL, scanner.RulesOpeningWith("dozensx"));
        Assert.Equal(0UL, scanner.RulesOpeningWith("dozen"));
    }

    [Fact]
    public void RefusesOpeningWordsForARuleThatMayOpenAfterALetter()
        => Assert.Throws<ArgumentException>(() => new RuleScanner([@"said\b"], Options, openingWords: new Dictionary<int, OpeningWords> { [0] = new(["said"]) }));

    [Fact]
    public void RefusesMoreThanSixtyFourRules()
        => Assert.Throws<ArgumentOutOfRangeException>(() => new RuleScanner([.. Enumerable.Range(0, 65).Select(i => "a" + i)], Options));

    /// <summary>Random texts of up to <paramref name="maxPieces"/> pieces: the scanner gives each rule exactly its regex's matches.</summary>
    private static void AssertScansAsRegexes(RuleScanner scanner, IReadOnlyList<string> patterns, string[] pieces, int seed, int rounds, int maxPieces)
    {
        var rules = patterns.Select(p => new Regex(p, Options)).ToList();
        var random = new Random(seed);
        for (int round = 0; round < rounds; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(0, maxPieces)).Select(_ => pieces[random.Next(pieces.Length)]));
            var scanned = scanner.Scan(text);
            for (int i = 0; i < rules.Count; i++)
            {
                Assert.Equal(Describe(rules[i].Matches(text)), Describe(scanned[i]));
            }
        }
    }

    private static List<string> Describe(IEnumerable<Match> matches)
        => [.. matches.Select(m => $"{m.Index}:{m.Value}" + string.Concat(m.Groups.Values.Skip(1).Where(g => g.Success).Select(g => $"|{g.Name}={g.Index}:{g.Value}")))];
}
