using System.Collections.Frozen;

namespace Dateline.Language.Tokens;

/// <summary>Words that keep their final period ("Mr.", "Aug.", "Inc."), from Data/abbreviations.txt; titles never end a sentence.</summary>
public sealed class Abbreviations
{
    private readonly FrozenSet<string> _all;
    private readonly FrozenSet<string> _titles;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _allLookup;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _titleLookup;

    public Abbreviations(IEnumerable<string> lines)
    {
        var all = new List<string>();
        var titles = new List<string>();
        foreach (var line in lines)
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            all.Add(parts[0]);
            if (parts.Length > 1 && parts[1] == "title")
            {
                titles.Add(parts[0]);
            }
        }

        _all = all.ToFrozenSet(StringComparer.Ordinal);
        _titles = titles.ToFrozenSet(StringComparer.Ordinal);
        _allLookup = _all.GetAlternateLookup<ReadOnlySpan<char>>();
        _titleLookup = _titles.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static Abbreviations Default { get; } = new(ResourceText.Lines("abbreviations.txt"));

    /// <summary>Whether the word (without its period) is a known abbreviation.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _allLookup.Contains(word);

    /// <summary>
    /// Whether the period at <paramref name="dot"/> ends an abbreviation rather than a sentence: a known abbreviation
    /// ("Mr.", "Jan."), an initial (one capital letter) or the last period of a dotted one ("U.S.").
    /// </summary>
    public bool EndsAbbreviation(ReadOnlySpan<char> text, int dot)
    {
        if (text[dot] != '.')
        {
            return false;
        }

        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        var length = dot - start;
        return (length == 1 && char.IsUpper(text[start])) || Contains(text.Slice(start, length)) || (start > 0 && text[start - 1] == '.');
    }

    /// <summary>The titles that precede a name ("Mr", "Gen", "Dr"), without their period.</summary>
    public IReadOnlyCollection<string> Titles => _titles;

    /// <summary>Whether the word (without its period) is a title that precedes a name ("Mr", "Gen").</summary>
    public bool IsTitle(ReadOnlySpan<char> word) => _titleLookup.Contains(word);
}
