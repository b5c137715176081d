using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Dates;

/// <summary>Month names in many languages (Data/month-names.txt), by lower-case name. Immutable once loaded.</summary>
public sealed class MonthNames
{
    private static readonly Lazy<MonthNames> DefaultNames = new(() => new MonthNames(ChromeLexicon.ReadResource("month-names.txt")));

    private readonly Dictionary<string, int> _months = new(StringComparer.Ordinal);

    public MonthNames(string data)
    {
        foreach (var line in data.Split('\n').Select(l => l.TrimEnd('\r')).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            var month = int.Parse(line[..tab], System.Globalization.CultureInfo.InvariantCulture);
            foreach (var name in line[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                _months.TryAdd(name, month);
            }
        }

        // Longest first, so "march" wins over "mar" in the alternation.
        Alternation = string.Join('|', _months.Keys.OrderByDescending(k => k.Length).Select(System.Text.RegularExpressions.Regex.Escape));
    }

    public static MonthNames Default => DefaultNames.Value;

    /// <summary>A regular-expression alternation of every name.</summary>
    public string Alternation { get; }

    public int? Month(string name) => _months.TryGetValue(name.ToLowerInvariant().TrimEnd('.'), out var m) ? m : null;
}
