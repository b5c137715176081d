using System.Text.RegularExpressions;
using Dateline.Core.Text;

namespace Dateline.Language.Times;

/// <summary>The word lists and rules of Times/Data, loaded once; immutable and shared by every thread.</summary>
internal sealed class TimexLexicon
{
    private static readonly Lazy<TimexLexicon> DefaultLexicon = new(() => new TimexLexicon());

    /// <summary>By rule index: <see cref="GroupNumbers"/>.</summary>
    private readonly Lazy<int[]>[] _groupNumbers;

    private TimexLexicon()
    {
        Months = Table("time-months.txt", r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture));
        Weekdays = Table("time-weekdays.txt", r => int.Parse(r[1], System.Globalization.CultureInfo.InvariantCulture));
        Numbers = Table("time-numbers.txt", r => r[1]);
        Units = Table("time-units.txt", r => r[1]);
        PartsOfDay = Table("time-parts-of-day.txt", r => r[1]);
        PartsKeptAfterWeekday = PartsOfDayMarked("part");
        PartsKeptAfterPastWeekday = PartsOfDayMarked("past");
        Seasons = Table("time-seasons.txt", r => (r[1], int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)));
        References = Table("time-references.txt", r => r[1]);
        Sets = Table("time-sets.txt", r => r[1]);
        Holidays = Table("time-holidays.txt", r => r[1]);
        FutureCues = ResourceText.WordSet("time-future-cues.txt");
        PastCues = ResourceText.WordSet("time-past-cues.txt");
        FutureNouns = ResourceText.WordSet("time-future-nouns.txt");
        FuturePrepositions = ResourceText.WordSet("time-future-prepositions.txt");
        NotPast = ResourceText.WordSet("time-not-past.txt");
        Modals = ResourceText.WordSet("time-modals.txt");
        ParticipleLinks = ResourceText.WordSet("time-participle-links.txt");
        StartCues = ResourceText.WordSet("time-start-cues.txt");
        EventNouns = ResourceText.WordSet("time-event-nouns.txt");
        LawName = new Regex(@"\G(?:\s+[A-Z][\w'’.-]*){0,4}?\s+(?:" + string.Join('|', ResourceText.Lines("time-law-names.txt").Select(Regex.Escape)) + @")\b", RegexOptions.CultureInvariant);
        GameCues = ((HashSet<string>)ResourceText.WordSet("time-game-cues.txt")).GetAlternateLookup<ReadOnlySpan<char>>();
        PresentCues = ResourceText.WordSet("time-present-cues.txt");
        var monthRows = ResourceText.Rows("time-months.txt");
        var numberWords = Numbers.Keys.Where(k => Numbers[k] != "X" && !k.StartsWith('a')).ToList();
        var tens = numberWords.Where(k => int.TryParse(Numbers[k], out var v) && v >= 20 && v < 100).ToList();
        string numWord = Alternation(numberWords);
        var macros = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["MONTH"] = $"(?:{string.Join('|', monthRows.Where(r => r.Length > 2).Select(r => Regex.Escape(r[0]) + "\\.?"))}|{Alternation(monthRows.Where(r => r.Length == 2).Select(r => r[0]))})",
            ["MONTHFULL"] = Alternation(monthRows.Where(r => r.Length == 2).Select(r => r[0])),
            ["WEEKDAY"] = Alternation(Weekdays.Keys),
            ["NUMWORD"] = numWord,
            ["NUM"] = $"(?:\\d+(?:,\\d{{3}})*(?:\\.\\d+)?|(?:{Alternation(tens)})[- ](?:{numWord})|{Alternation(Numbers.Keys)})",
            ["UNIT"] = Alternation(Units.Keys),
            ["PART"] = Alternation(PartsOfDay.Keys),
            ["SEASON"] = Alternation(Seasons.Keys),
            ["HOLIDAY"] = Alternation(Holidays.Keys),
            ["REF"] = Alternation(References.Keys),
            ["SETWORD"] = Alternation(Sets.Keys),
            ["MOD"] = Alternation(ResourceText.Lines("time-modifiers.txt")),
        };
        // The rules stay interpreted, as every RuleScanner's: tried anchored, an attempt costs the same either way (2.0 µs
        // interpreted, 2.3 µs compiled over 300,000 words of news), while compiling them cost ~3.5 s of CPU per process
        // (dur-num alone 0.8 s wall), most of a run of a few thousand texts (bench/README.md, "perf-times2").
        NamedDays = new RuleScanner(
            ["(?<![\\w'’])" + Alternation(ResourceText.Lines("time-named-days.txt")) + "(?!\\w)"],
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        // The rule in a group, so that the word boundaries hold for each of its alternatives (date-the-quarter has two):
        // a rule that may open after a letter is tried after every letter of a text (RuleScanner).
        Rules = [.. ResourceText.Rows("time-rules.txt").Select((r, i) => new TimexRule(
            r[0],
            TimexTypes.Parse(r[1]),
            "(?<![\\w'’])(?:" + Regex.Replace(r[2], "\\{([A-Z]+)\\}", m => macros[m.Groups[1].Value]) + ")(?!\\w)(?!['’](?!s\\b)\\w)",
            i))];
        var wordsAtOnce = ResourceText.Lines("time-rules-words-at-once.txt").Select(id => Rules.Select(r => r.Id).ToList().IndexOf(id) is >= 0 and var i ? i : throw new InvalidDataException($"time-rules-words-at-once.txt: no rule '{id}'")).ToList();
        Scanner = new RuleScanner([.. Rules.Select(r => r.Pattern)], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, wordsAtOnce: wordsAtOnce);
        _groupNumbers = [.. Rules.Select(r => new Lazy<int[]>(() => GroupNumbersIn(Scanner.RuleRegex(r.Index))))];
    }

    /// <summary>
    /// By <see cref="TimexGroup"/>: the group's number in the regex the scanner matches <paramref name="rule"/> with, or
    /// -1 when the rule has no such group (where <see cref="GroupCollection"/>'s indexer gives an unmatched group, as it
    /// does for an unknown name). Resolved at the rule's first match read.
    /// </summary>
    public int[] GroupNumbers(TimexRule rule) => _groupNumbers[rule.Index].Value;

    /// <summary>The number of each <see cref="TimexGroup"/> in <paramref name="regex"/> by its lower-case name, -1 when absent.</summary>
    internal static int[] GroupNumbersIn(Regex regex)
        => [.. Enum.GetValues<TimexGroup>().Select(g => regex.GroupNumberFromName(g.ToString().ToLowerInvariant()))];

    public static TimexLexicon Default => DefaultLexicon.Value;

    public IReadOnlyList<TimexRule> Rules { get; }

    /// <summary>
    /// The rules in one pass over a text: each rule is tried only where its match can open (<see cref="RuleScanner"/>),
    /// interpreted (compiling them costs more than it saves).
    /// </summary>
    public RuleScanner Scanner { get; }

    /// <summary>
    /// Names of events and periods that contain a time word but are not times ("Super Tuesday"): Data/time-named-days.txt,
    /// one rule tried only where a name can open (a scan by one regex stopped at every s, m, b, f … : a third of the stage).
    /// </summary>
    public RuleScanner NamedDays { get; }

    public IReadOnlyDictionary<string, int> Months { get; }

    public IReadOnlyDictionary<string, int> Weekdays { get; }

    /// <summary>Number words: a value, or "X" for vague quantities ("several").</summary>
    public IReadOnlyDictionary<string, string> Numbers { get; }

    public IReadOnlyDictionary<string, string> Units { get; }

    public IReadOnlyDictionary<string, string> PartsOfDay { get; }

    /// <summary>Parts of the day a weekday before them keeps in its value ("Wednesday afternoon" → TAF; Data/time-parts-of-day.txt).</summary>
    public IReadOnlySet<string> PartsKeptAfterWeekday { get; }

    /// <summary>Parts of the day a weekday keeps only when it is on or before the dct ("Sunday morning" told on Monday → TMO,
    /// a coming "Thursday morning" the day; Data/time-parts-of-day.txt).</summary>
    public IReadOnlySet<string> PartsKeptAfterPastWeekday { get; }

    public IReadOnlyDictionary<string, (string Code, int Order)> Seasons { get; }

    private static HashSet<string> PartsOfDayMarked(string mark) =>
        ResourceText.Rows("time-parts-of-day.txt").Where(r => r.Length > 2 && r[2] == mark).Select(r => r[0]).ToHashSet(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyDictionary<string, string> References { get; }

    public IReadOnlyDictionary<string, string> Sets { get; }

    public IReadOnlyDictionary<string, string> Holidays { get; }

    public IReadOnlySet<string> FutureCues { get; }

    public IReadOnlySet<string> PastCues { get; }

    /// <summary>Future cues that are nouns after a determiner ("the plan"): Data/time-future-nouns.txt.</summary>
    public IReadOnlySet<string> FutureNouns { get; }

    /// <summary>Words that point ahead just before a date ("by May"): Data/time-future-prepositions.txt.</summary>
    public IReadOnlySet<string> FuturePrepositions { get; }

    public IReadOnlySet<string> NotPast { get; }

    public IReadOnlySet<string> Modals { get; }

    /// <summary>
    /// Read right after a year: the capitalised words of a document's name that the year opens, ending in a word of
    /// Data/time-law-names.txt (" Civil Rights Act" of "the 1964 Civil Rights Act"); case-sensitive.
    /// </summary>
    public Regex LawName { get; }

    /// <summary>Words that may stand between a modal and its participle besides adverbs in "-ly" (Data/time-participle-links.txt).</summary>
    public IReadOnlySet<string> ParticipleLinks { get; }

    /// <summary>Words that make an ordinal quarter or half a period of a game (Data/time-game-cues.txt).</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> GameCues { get; }

    public IReadOnlySet<string> PresentCues { get; }

    /// <summary>Future cues that name a starting point and take a past verb's tense before them ("began … starting with"): Data/time-start-cues.txt.</summary>
    public IReadOnlySet<string> StartCues { get; }

    /// <summary>Events held on a date set ahead ("the convention in July"): Data/time-event-nouns.txt.</summary>
    public IReadOnlySet<string> EventNouns { get; }

    private static Dictionary<string, T> Table<T>(string file, Func<string[], T> value)
    {
        var table = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in ResourceText.Rows(file))
        {
            table.TryAdd(row[0], value(row));
        }

        return table;
    }

    /// <summary>A regex alternation of phrases, longest first, spaces matching any whitespace.</summary>
    private static string Alternation(IEnumerable<string> phrases)
        => RegexAlternation.OfPhrases(phrases, anyApostrophe: true);
}
