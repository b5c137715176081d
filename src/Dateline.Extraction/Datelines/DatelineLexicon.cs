using System.Text.RegularExpressions;
using Dateline.Extraction.TextDump;

namespace Dateline.Extraction.Datelines;

/// <summary>
/// The words a dateline is checked against (Data/dateline-*.txt): agencies, the states and countries that may follow
/// a place, well-known cities that stand alone, and the separators. Immutable once loaded.
/// </summary>
public sealed class DatelineLexicon
{
    private static readonly Lazy<DatelineLexicon> DefaultLexicon = new(() => new DatelineLexicon(
        ChromeLexicon.ReadResource("dateline-agencies.txt"),
        ChromeLexicon.ReadResource("dateline-regions.txt"),
        ChromeLexicon.ReadResource("dateline-countries.txt"),
        ChromeLexicon.ReadResource("dateline-cities.txt"),
        ChromeLexicon.ReadResource("dateline-separators.txt")));

    private readonly HashSet<string> _agencies = new(StringComparer.Ordinal);
    private readonly List<Regex> _agencyPatterns = [];
    private readonly HashSet<string> _cities = new(StringComparer.Ordinal);
    private readonly HashSet<string> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DatelineSeparator> _separators = new(StringComparer.Ordinal);

    public DatelineLexicon(string agencies, string regions, string countries, string cities, string separators)
    {
        foreach (var line in Lines(agencies))
        {
            if (line.StartsWith('~'))
            {
                _agencyPatterns.Add(new Regex(line[1..], RegexOptions.CultureInvariant));
            }
            else
            {
                _agencies.Add(line);
            }
        }

        foreach (var line in Lines(cities))
        {
            _cities.Add(Key(line));
        }

        foreach (var line in Lines(countries))
        {
            _countries.Add(Key(line));
        }

        var qualifiers = Lines(regions).Concat(Lines(countries)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        QualifierAlternation = string.Join('|', qualifiers.OrderByDescending(q => q.Length).Select(Escape));

        foreach (var line in Lines(separators))
        {
            var parts = line.Split('\t');
            if (parts.Length != 2 || !Enum.TryParse<DatelineSeparator>(parts[1], out var kind))
            {
                throw new FormatException($"a separator line needs the text and its kind separated by a tab: {line}");
            }

            _separators[parts[0]] = kind;
        }

        SeparatorAlternation = string.Join('|', _separators.Keys.OrderByDescending(s => s.Length).Select(Regex.Escape));
    }

    public static DatelineLexicon Default => DefaultLexicon.Value;

    /// <summary>A regular-expression alternation of every state and country, longest first, spaces as runs of blanks.</summary>
    public string QualifierAlternation { get; }

    /// <summary>A regular-expression alternation of every separator, longest first.</summary>
    public string SeparatorAlternation { get; }

    public bool IsAgency(string name) => _agencies.Contains(name) || _agencyPatterns.Any(p => p.IsMatch(name));

    /// <summary>A well-known city; a place joined by slashes ("Berlin/Frankfurt") is known when each part is.</summary>
    public bool IsCity(string place) => place.Split('/').All(p => _cities.Contains(Key(p)));

    /// <summary>A country's name or abbreviation as datelines write it ("U.S.", "UK", "India").</summary>
    public bool IsCountry(string name) => _countries.Contains(Key(name));

    public DatelineSeparator Separator(string text) => _separators[text];

    private static string Key(string name) => Regex.Replace(name.Trim().ToUpperInvariant(), @"\s+", " ");

    private static string Escape(string word) => Regex.Escape(word).Replace(@"\ ", @"\p{Zs}+", StringComparison.Ordinal);

    private static IEnumerable<string> Lines(string text)
        => text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));
}
