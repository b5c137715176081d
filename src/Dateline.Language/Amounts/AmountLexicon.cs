using System.Globalization;
using System.Text.RegularExpressions;
using Dateline.Core.Text;

namespace Dateline.Language.Amounts;

/// <summary>Number words, scales, currencies, modifiers and the amount pattern built from Amounts/Data.</summary>
internal sealed class AmountLexicon
{
    private static readonly Lazy<AmountLexicon> DefaultLexicon = new(() => new AmountLexicon());

    /// <summary>Every number word with the compound-only ones ("one" of "twenty-one").</summary>
    private readonly IReadOnlyDictionary<string, double> _compoundParts;

    private readonly RuleScanner _scanner;

    /// <summary>The amount pattern unanchored (<see cref="Pattern"/>, what <see cref="Matches"/> is tested against).</summary>
    private readonly Lazy<Regex> _pattern;

    private AmountLexicon()
    {
        var all = Table("amount-numbers.txt");
        NumberWords = Table("amount-numbers.txt", row => row.Length == 2);
        var tens = all.Where(w => w.Value is >= 20 and < 100 && w.Value % 10 == 0).Select(w => w.Key).ToList();
        var units = all.Where(w => w.Value is >= 1 and < 10).Select(w => w.Key).ToList();
        _compoundParts = all;
        BeforePercent = Table("amount-numbers.txt", row => row.Length > 2 && row[2] == "percent");
        Scales = Table("amount-scales.txt");
        Fractions = Table("amount-fractions.txt");
        Vague = ResourceText.Rows("amount-vague.txt").ToDictionary(r => r[0], r => (double.Parse(r[1], CultureInfo.InvariantCulture), r[2]), StringComparer.OrdinalIgnoreCase);
        Currencies = ResourceText.Rows("amount-currencies.txt").ToDictionary(r => r[0], r => r[1], StringComparer.OrdinalIgnoreCase);
        UnitSigns = ResourceText.Rows("amount-unit-signs.txt").ToDictionary(r => r[0], r => r[1], StringComparer.OrdinalIgnoreCase);
        UnitStops = ResourceText.WordSet("amount-unit-stops.txt");
        LabelsBefore = ResourceText.WordSet("amount-labels-before.txt");
        LabelsAfter = ResourceText.WordSet("amount-labels-after.txt");
        NotAlone = ResourceText.WordSet("amount-unit-not-alone.txt");
        FractionNotAfter = ResourceText.WordSet("amount-fraction-not-after.txt");
        AgeBefore = ResourceText.WordSet("amount-age-before.txt");
        VerbsAfterPeople = ResourceText.WordSet("amount-verbs-after-people.txt");
        ChangeBefore = ResourceText.WordSet("amount-change-before.txt");
        RangeBefore = ResourceText.WordSet("amount-range-before.txt");
        ApproxAfter = ResourceText.Rows("amount-approx-after.txt").ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        var modifiers = ResourceText.Lines("amount-modifiers.txt");
        string mod = Alt(modifiers);
        // Digits grouped by thousands or in the Indian way ("4,50,000"); number words only whole ("ten", not "tenure"),
        // compounds first ("fifty-four").
        // A word counted alone only before a percent word ("one percent", BeforePercent) too.
        // "percentage-point" and a hyphen before the percent word too ("a six-percentage-point lead", "an 80-percent share")
        string percent = @"%|percent\b|per\s+cent\b|percentage[\s-]points?\b";
        string number = $@"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d{{1,2}}(?:,\d{{2}})+,\d{{3}}|\d+(?:\.\d+)?|(?:{Alt(tens)}-{Alt(units)}|{Alt(NumberWords.Keys)})(?![\w])|{Alt(BeforePercent.Keys)}(?=\s?(?:{percent})))";
        string scale = $@"(?:{Alt(Scales.Keys.Where(k => k.Length > 2))}|(?:{Alt(Scales.Keys.Where(k => k.Length <= 2))})(?![\w]))";
        // After a bare number a short scale is written close ("300m", "5bn"); "400 m" is more often metres. A long one may
        // be joined by a hyphen ("eight-thousand people").
        string closeScale = $@"(?:[\s-]?(?<scale>{Alt(Scales.Keys.Where(k => k.Length > 2))})|(?<scale>{Alt(Scales.Keys.Where(k => k.Length <= 2))})(?![\w]))";
        string closeScale2 = closeScale.Replace("<scale>", "<scale2>", StringComparison.Ordinal);
        string signs = Alt(Currencies.Keys.Where(k => !char.IsLetter(k[^1])));
        string words = Alt(Currencies.Keys.Where(k => char.IsLetter(k[^1])));
        string range = $@"(?:\s*(?:-|–|to|and)\s*(?<upper>{number}))";
        string pattern =
            $@"(?<![\w$€£¥.,-])(?:(?<mod>{mod})\s+)?(?:" +
            $@"(?<vague>{Alt(Vague.Keys)})(?:\s+of)?|" +
            $@"(?<frac>{Alt(Fractions.Keys)})(?:\s+of\s+(?<base>{number}|an?)\s?(?<pct>{percent})|(?=\s+of\b))|" +
            $@"(?<cur>{signs})\s?(?<num>{number})(?:[\s-]?(?<scale>{scale}))?(?:{range}(?:\s?(?<scale2>{scale}))?)?|" +
            $@"(?<num>{number}){closeScale}?(?:{range}{closeScale2}?)?(?:[\s-]?(?<pct>{percent})|\s?(?<sign>{Alt(UnitSigns.Keys)})(?![\w])|\s+(?<curword>{words})\b)?" +
            @")";
        // A match that opens with an ASCII letter opens, not after a letter, with a modifier, a vague quantity, a
        // fraction, a number word or a currency sign of letters and a symbol ("US$"), matched ignoring case: at a run of
        // letters equal to its leading letters, as each is followed by a character other than a letter (its own space,
        // hyphen or "$", or the "\s+", "(?=\s+of\b)" and "(?![\w])" after it), but for the vague quantities, which
        // nothing ends: a run that starts with one of them. So the pattern is tried at those words and at the other
        // characters its openings fit (digits, currency symbols), not at every word opening with a letter of them.
        var openingWords = new OpeningWords(
            [.. modifiers.Concat(Vague.Keys.Where(k => k.Contains(' ', StringComparison.Ordinal))).Concat(Fractions.Keys).Concat(tens).Concat(NumberWords.Keys).Concat(BeforePercent.Keys).Concat(Currencies.Keys.Where(k => !char.IsLetter(k[^1])))
                .Select(AsciiWordTable.LeadingLetters).Where(w => w.Length > 0)],
            [.. Vague.Keys.Where(k => !k.Contains(' ', StringComparison.Ordinal)).Select(k => AsciiWordTable.LeadingLetters(k) == k ? k : throw new InvalidDataException($"a vague quantity of one word holds other than ASCII letters: {k}"))],
            Elsewhere: true);
        _scanner = new RuleScanner([pattern], RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, openingWords: new Dictionary<int, OpeningWords> { [0] = openingWords });
        _pattern = new(() => new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture));
    }

    public static AmountLexicon Default => DefaultLexicon.Value;

    /// <summary>
    /// The matches of the amount pattern in a text, tried only where a match can open (<see cref="RuleScanner"/>); the
    /// pattern is interpreted for a process's first texts and compiled once a run has used it (<see cref="TieredRegex"/>).
    /// </summary>
    public IReadOnlyList<Match> Matches(string text) => _scanner.Scan(text)[0];

    /// <summary>The amount pattern, unanchored: <see cref="Matches"/> gives its matches.</summary>
    public Regex Pattern => _pattern.Value;

    public IReadOnlyDictionary<string, double> NumberWords { get; }

    /// <summary>Number words counted alone only right before a percent word ("more than one percent"); else only in a compound.</summary>
    public IReadOnlyDictionary<string, double> BeforePercent { get; }

    public IReadOnlyDictionary<string, double> Scales { get; }

    public IReadOnlyDictionary<string, double> Fractions { get; }

    public IReadOnlyDictionary<string, (double Value, string Modifier)> Vague { get; }

    public IReadOnlyDictionary<string, string> Currencies { get; }

    /// <summary>Unit signs written after a number ("°C") and the unit each names.</summary>
    public IReadOnlyDictionary<string, string> UnitSigns { get; }

    public IReadOnlySet<string> UnitStops { get; }

    /// <summary>Words right before a number that make it a label: "Route 2", "Stage 3", "Boeing 737".</summary>
    public IReadOnlySet<string> LabelsBefore { get; }

    /// <summary>Words right after a number that make it a clock time or an address: "0000 UTC", "42 Street".</summary>
    public IReadOnlySet<string> LabelsAfter { get; }

    /// <summary>Words that are no counted thing alone: "three more", "two times higher".</summary>
    public IReadOnlySet<string> NotAlone { get; }

    /// <summary>Words before a fraction that make it a part of a period or a sequence: "the first half of this year".</summary>
    public IReadOnlySet<string> FractionNotAfter { get; }

    /// <summary>Words before a bare number that make it an age: "aged 41", "age 22".</summary>
    public IReadOnlySet<string> AgeBefore { get; }

    /// <summary>Plural verbs after a number and a capitalised word that make it the people counted: "60,000 Herero are".</summary>
    public IReadOnlySet<string> VerbsAfterPeople { get; }

    /// <summary>Words before "X to Y" of one sign written twice that make it a change and a level: "rose 3% to 5%".</summary>
    public IReadOnlySet<string> ChangeBefore { get; }

    /// <summary>Words before "from X to Y" that make it a range, not a change: "ranged from $350 to $600".</summary>
    public IReadOnlySet<string> RangeBefore { get; }

    /// <summary>A word joined to a number by a hyphen that makes it approximate → the modifier: "90-plus" → "more than".</summary>
    public IReadOnlyDictionary<string, string> ApproxAfter { get; }

    public double? Number(string text)
    {
        var t = Regex.Replace(text.Trim(), @"\s+", " ");
        if (double.TryParse(t.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        if (NumberWords.TryGetValue(t, out var w))
        {
            return w;
        }

        // "fifty-four": a ten and a unit
        var parts = t.Split('-');
        return parts.Length == 2 && _compoundParts.TryGetValue(parts[0], out var ten) && ten is >= 20 and < 100 && ten % 10 == 0
            && _compoundParts.TryGetValue(parts[1], out var unit) && unit is >= 1 and < 10 ? ten + unit : null;
    }

    /// <summary>
    /// The value of a number the amount pattern matched: <see cref="Number"/>, or a word the pattern takes only before a
    /// percent word (<see cref="BeforePercent"/>).
    /// </summary>
    public double? Matched(string text) => Number(text) ?? (BeforePercent.TryGetValue(text.Trim(), out var w) ? w : null);

    private static Dictionary<string, double> Table(string file, Func<string[], bool>? keep = null)
    {
        var table = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in ResourceText.Rows(file).Where(r => keep is null || keep(r)))
        {
            table.TryAdd(row[0], double.Parse(row[1], CultureInfo.InvariantCulture));
        }

        return table;
    }

    private static string Alt(IEnumerable<string> phrases)
        => RegexAlternation.OfPhrases(phrases);
}
