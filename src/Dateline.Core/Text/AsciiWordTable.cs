using System.Buffers;
using System.Collections.Frozen;

namespace Dateline.Core.Text;

/// <summary>
/// A table of ASCII words (letters only, compared ignoring case) for finding where a pattern's anchor word occurs by
/// looking each word of a text up once, instead of trying a pattern at every character. A text's words here are its
/// maximal runs of ASCII letters (<see cref="NextWord"/>). A regex match that opens with a literal of ASCII letters
/// (matched ignoring case, not preceded by a letter) opens at such a run equal to the literal's leading letters, as
/// long as the text holds no character the regex engine folds to an ASCII letter (<see cref="HasEngineAsciiFold"/>):
/// a caller tries the pattern only at the runs the table holds. Immutable and thread-safe.
/// </summary>
public sealed class AsciiWordTable
{
    /// <summary>The ASCII letters.</summary>
    public static readonly SearchValues<char> Letters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>
    /// The characters outside ASCII that the regex engine, ignoring case (culture-invariant), takes for an ASCII letter:
    /// the Kelvin sign for k (<c>RuleScannerTests</c> asks the engine about every BMP character).
    /// </summary>
    private static readonly SearchValues<char> EngineAsciiFolds = SearchValues.Create("\u212A");

    private readonly FrozenDictionary<string, ulong>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly int _minLength;
    private readonly int _maxLength;

    /// <summary>Bit c − 'a' set when some word opens with that letter (either case).</summary>
    private readonly uint _firstLetters;

    /// <param name="words">Each word (ASCII letters, any case) with its classes as bits; a word listed twice gets both.</param>
    public AsciiWordTable(IEnumerable<(string Word, ulong Classes)> words)
    {
        var table = new Dictionary<string, ulong>(StringComparer.OrdinalIgnoreCase);
        _minLength = int.MaxValue;
        foreach (var (word, classes) in words)
        {
            if (word.Length == 0 || word.AsSpan().ContainsAnyExcept(Letters))
            {
                throw new ArgumentException($"not a word of ASCII letters: '{word}'", nameof(words));
            }

            table[word] = table.GetValueOrDefault(word) | classes;
            _minLength = Math.Min(_minLength, word.Length);
            _maxLength = Math.Max(_maxLength, word.Length);
            _firstLetters |= 1u << ((word[0] | 0x20) - 'a');
        }

        _lookup = table.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>Whether the regex engine may take a character of <paramref name="text"/> outside ASCII for an ASCII letter (then a caller must not skip positions by this table).</summary>
    public static bool HasEngineAsciiFold(ReadOnlySpan<char> text) => text.ContainsAny(EngineAsciiFolds);

    /// <summary>The leading run of ASCII letters of <paramref name="literal"/> (empty when it opens otherwise).</summary>
    public static string LeadingLetters(string literal)
    {
        int end = literal.AsSpan().IndexOfAnyExcept(Letters);
        return end < 0 ? literal : literal[..end];
    }

    /// <summary>The classes of a word (0 when the table does not hold it).</summary>
    public ulong Classes(ReadOnlySpan<char> word)
    {
        if (word.Length < _minLength || word.Length > _maxLength || ((_firstLetters >> ((word[0] | 0x20) - 'a')) & 1) == 0)
        {
            return 0;
        }

        return _lookup.TryGetValue(word, out var classes) ? classes : 0;
    }

    /// <summary>
    /// The next maximal run of ASCII letters of <paramref name="text"/> at or after <paramref name="from"/>: its start
    /// and length, or false at the end.
    /// </summary>
    public static bool NextWord(ReadOnlySpan<char> text, ref int from, out int start, out int length)
    {
        // A scalar loop: words and the gaps between them are a few characters long, shorter than a vector search pays for.
        int i = from;
        while (i < text.Length && !char.IsAsciiLetter(text[i]))
        {
            i++;
        }

        start = i;
        while (i < text.Length && char.IsAsciiLetter(text[i]))
        {
            i++;
        }

        length = i - start;
        from = i;
        return length > 0;
    }
}
