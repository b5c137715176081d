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
    private readonly Lazy<string> _qualifierAlternation;
    private readonly Lazy<QualifierOpenings> _qualifierOpenings;

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
        _qualifierAlternation = new(() => string.Join('|', qualifiers.OrderByDescending(q => q.Length).Select(Escape)));
        _qualifierOpenings = new(() => QualifierOpenings.Of(qualifiers));

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

    /// <summary>A regular-expression alternation of every state and country, longest first, spaces as runs of blanks (built at first use).</summary>
    public string QualifierAlternation => _qualifierAlternation.Value;

    /// <summary>
    /// Whether a state or country (<see cref="QualifierAlternation"/>, matched ignoring case) may open after a comma of
    /// <paramref name="text"/> and the blanks after it. False only when none can: at no comma does the text go on with
    /// the opening of a state or country's first word (compared ignoring ASCII case; a character outside ASCII there
    /// answers true, as the regex's case folding may equate it with an ASCII letter).
    /// </summary>
    public bool QualifierMayFollowComma(string text)
    {
        var openings = _qualifierOpenings.Value;
        for (int comma = text.IndexOf(','); comma >= 0; comma = text.IndexOf(',', comma + 1))
        {
            int p = comma + 1;
            while (p < text.Length && char.GetUnicodeCategory(text[p]) == System.Globalization.UnicodeCategory.SpaceSeparator)
            {
                p++;
            }

            if (openings.MayOpenAt(text, p))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A regular-expression alternation of every separator, longest first.</summary>
    public string SeparatorAlternation { get; }

    public bool IsAgency(string name) => _agencies.Contains(name) || _agencyPatterns.Any(p => p.IsMatch(name));

    /// <summary>A well-known city; a place joined by slashes ("Berlin/Frankfurt") is known when each part is.</summary>
    public bool IsCity(string place) => place.Split('/').All(p => _cities.Contains(Key(p)));

    /// <summary>A country's name or abbreviation as datelines write it ("U.S.", "UK", "India").</summary>
    public bool IsCountry(string name) => _countries.Contains(Key(name));

    public DatelineSeparator Separator(string text) => _separators[text];

    /// <summary>Upper case, trimmed, each run of white space one space (what <c>Regex.Replace(…, @"\s+", " ")</c> gave: <c>\s</c> is <see cref="char.IsWhiteSpace(char)"/>).</summary>
    private static string Key(string name)
    {
        var upper = name.Trim().ToUpperInvariant();
        if (!upper.Any(char.IsWhiteSpace))
        {
            return upper;
        }

        var key = new System.Text.StringBuilder(upper.Length);
        for (int i = 0; i < upper.Length; i++)
        {
            if (!char.IsWhiteSpace(upper[i]))
            {
                key.Append(upper[i]);
            }
            else if (i == 0 || !char.IsWhiteSpace(upper[i - 1]))
            {
                key.Append(' ');
            }
        }

        return key.ToString();
    }

    private static string Escape(string word) => Regex.Escape(word).Replace(@"\ ", @"\p{Zs}+", StringComparison.Ordinal);

    private static IEnumerable<string> Lines(string text)
        => text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));

    /// <summary>
    /// The openings of the states' and countries' first words, upper case, each cut before its first blank or
    /// character outside ASCII (a shorter opening only lets more texts through): every opening, and every prefix of one.
    /// </summary>
    private sealed class QualifierOpenings
    {
        private readonly HashSet<string> _words = new(StringComparer.OrdinalIgnoreCase);
        private readonly HashSet<string> _prefixes = new(StringComparer.OrdinalIgnoreCase);
        private bool _anyText;

        public static QualifierOpenings Of(IEnumerable<string> qualifiers)
        {
            var openings = new QualifierOpenings();
            foreach (var qualifier in qualifiers)
            {
                int end = 0;
                while (end < qualifier.Length && qualifier[end] < 128 && !char.IsWhiteSpace(qualifier[end]))
                {
                    end++;
                }

                if (end == 0)
                {
                    openings._anyText = true;
                    continue;
                }

                openings._words.Add(qualifier[..end]);
                for (int k = 1; k <= end; k++)
                {
                    openings._prefixes.Add(qualifier[..k]);
                }
            }

            return openings;
        }

        public bool MayOpenAt(string text, int at)
        {
            if (_anyText)
            {
                return true;
            }

            var words = _words.GetAlternateLookup<ReadOnlySpan<char>>();
            var prefixes = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();
            for (int length = 1; at + length <= text.Length; length++)
            {
                if (text[at + length - 1] >= 128)
                {
                    return true;
                }

                var span = text.AsSpan(at, length);
                if (words.Contains(span))
                {
                    return true;
                }

                if (!prefixes.Contains(span))
                {
                    return false;
                }
            }

            return false;
        }
    }
}
