using System.Globalization;
using System.Text.RegularExpressions;

namespace Dateline.Language.Amounts;

/// <summary>Number words, scales, currencies, modifiers and the amount pattern built from Amounts/Data.</summary>
internal sealed class AmountLexicon
{
    private static readonly Lazy<AmountLexicon> DefaultLexicon = new(() => new AmountLexicon());

    private AmountLexicon()
    {
        NumberWords = Table("amount-numbers.txt");
        Scales = Table("amount-scales.txt");
        Fractions = Table("amount-fractions.txt");
        Vague = ResourceText.Rows("amount-vague.txt").ToDictionary(r => r[0], r => (double.Parse(r[1], CultureInfo.InvariantCulture), r[2]), StringComparer.OrdinalIgnoreCase);
        Currencies = ResourceText.Rows("amount-currencies.txt").ToDictionary(r => r[0], r => r[1], StringComparer.OrdinalIgnoreCase);
        UnitStops = ResourceText.WordSet("amount-unit-stops.txt");
        var modifiers = ResourceText.Lines("amount-modifiers.txt");
        string mod = Alt(modifiers);
        string number = $@"(?:\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|{Alt(NumberWords.Keys)})";
        string scale = $@"(?:{Alt(Scales.Keys.Where(k => k.Length > 2))}|(?:{Alt(Scales.Keys.Where(k => k.Length <= 2))})(?![\w]))";
        string signs = Alt(Currencies.Keys.Where(k => !char.IsLetter(k[^1])));
        string words = Alt(Currencies.Keys.Where(k => char.IsLetter(k[^1])));
        string range = $@"(?:\s*(?:-|–|to|and)\s*(?<upper>{number}))";
        Pattern = new Regex(
            $@"(?<![\w$€£¥.,-])(?:(?<mod>{mod})\s+)?(?:" +
            $@"(?<vague>{Alt(Vague.Keys)})(?:\s+of)?|" +
            $@"(?<frac>{Alt(Fractions.Keys)})(?=\s+of\b)|" +
            $@"(?<cur>{signs})\s?(?<num>{number})(?:\s?(?<scale>{scale}))?(?:{range}(?:\s?(?<scale2>{scale}))?)?|" +
            $@"(?<num>{number})(?:\s?(?<scale>{scale}))?{range}?(?:\s?(?<pct>%|percent\b|per\s+cent\b|percentage\s+points?\b)|\s+(?<curword>{words})\b)?" +
            @")",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled | RegexOptions.ExplicitCapture);
    }

    public static AmountLexicon Default => DefaultLexicon.Value;

    public Regex Pattern { get; }

    public IReadOnlyDictionary<string, double> NumberWords { get; }

    public IReadOnlyDictionary<string, double> Scales { get; }

    public IReadOnlyDictionary<string, double> Fractions { get; }

    public IReadOnlyDictionary<string, (double Value, string Modifier)> Vague { get; }

    public IReadOnlyDictionary<string, string> Currencies { get; }

    public IReadOnlySet<string> UnitStops { get; }

    public double? Number(string text)
    {
        var t = Regex.Replace(text.Trim(), @"\s+", " ");
        if (double.TryParse(t.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        return NumberWords.TryGetValue(t, out var w) ? w : null;
    }

    private static Dictionary<string, double> Table(string file)
    {
        var table = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase);
        foreach (var row in ResourceText.Rows(file))
        {
            table.TryAdd(row[0], double.Parse(row[1], CultureInfo.InvariantCulture));
        }

        return table;
    }

    private static string Alt(IEnumerable<string> phrases)
        => "(?:" + string.Join('|', phrases.OrderByDescending(p => p.Length).Select(p => Regex.Escape(p).Replace("\\ ", "\\s+", StringComparison.Ordinal))) + ")";
}
