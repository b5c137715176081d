using System.Buffers;

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

    /// <summary>Open addressing, linear probing: the lower-cased words and their classes (null where a slot is free).</summary>
    private readonly string?[] _keys;
    private readonly ulong[] _classes;
    private readonly int _mask;

    /// <summary>
    /// By word length (up to <see cref="MaxShapeLength"/>): bit c − 'a' set when some word of that length opens (or
    /// ends) with that letter; a word of news text nearly always fails one of the two before it is hashed.
    /// </summary>
    private readonly uint[] _firstByLength = new uint[MaxShapeLength + 1];
    private readonly uint[] _lastByLength = new uint[MaxShapeLength + 1];
    private const int MaxShapeLength = 31;

    /// <param name="words">Each word (ASCII letters, any case) with its classes as bits; a word listed twice gets both.</param>
    public AsciiWordTable(IEnumerable<(string Word, ulong Classes)> words)
    {
        var table = new Dictionary<string, ulong>(StringComparer.Ordinal);
        foreach (var (word, classes) in words)
        {
            if (word.Length == 0 || word.AsSpan().ContainsAnyExcept(Letters))
            {
                throw new ArgumentException($"not a word of ASCII letters: '{word}'", nameof(words));
            }

            string lower = word.ToLowerInvariant();
            table[lower] = table.GetValueOrDefault(lower) | classes;
            int shape = Math.Min(lower.Length, MaxShapeLength);
            _firstByLength[shape] |= 1u << (lower[0] - 'a');
            _lastByLength[shape] |= 1u << (lower[^1] - 'a');
        }

        int size = 16;
        while (size < table.Count * 2)
        {
            size *= 2;
        }

        _keys = new string?[size];
        _classes = new ulong[size];
        _mask = size - 1;
        foreach (var (word, classes) in table)
        {
            int slot = Hash(word) & _mask;
            while (_keys[slot] is not null)
            {
                slot = (slot + 1) & _mask;
            }

            _keys[slot] = word;
            _classes[slot] = classes;
        }
    }

    /// <summary>The number of words.</summary>
    public int Count => _keys.Count(k => k is not null);

    /// <summary>Whether the regex engine may take a character of <paramref name="text"/> outside ASCII for an ASCII letter (then a caller must not skip positions by this table).</summary>
    public static bool HasEngineAsciiFold(ReadOnlySpan<char> text) => text.ContainsAny(EngineAsciiFolds);

    /// <summary>The leading run of ASCII letters of <paramref name="literal"/> (empty when it opens otherwise).</summary>
    public static string LeadingLetters(string literal)
    {
        int end = literal.AsSpan().IndexOfAnyExcept(Letters);
        return end < 0 ? literal : literal[..end];
    }

    /// <summary>The classes of a word of ASCII letters, any case (0 when the table does not hold it).</summary>
    public ulong Classes(ReadOnlySpan<char> word)
    {
        if (word.Length == 0)
        {
            return 0;
        }

        int shape = Math.Min(word.Length, MaxShapeLength);
        if (((_firstByLength[shape] >> ((word[0] | 0x20) - 'a')) & 1) == 0 || ((_lastByLength[shape] >> ((word[^1] | 0x20) - 'a')) & 1) == 0)
        {
            return 0;
        }

        for (int slot = Hash(word) & _mask; _keys[slot] is { } key; slot = (slot + 1) & _mask)
        {
            if (key.Length == word.Length && EqualsLower(word, key))
            {
                return _classes[slot];
            }
        }

        return 0;
    }

    /// <summary>A hash of a word of ASCII letters that ignores case.</summary>
    private static int Hash(ReadOnlySpan<char> word)
    {
        uint h = 2166136261;
        foreach (char c in word)
        {
            h = (h ^ (uint)(c | 0x20)) * 16777619;
        }

        return (int)(h ^ (h >> 15));
    }

    /// <summary>Whether a word of ASCII letters equals a lower-cased one, ignoring case.</summary>
    private static bool EqualsLower(ReadOnlySpan<char> word, string lower)
    {
        for (int i = 0; i < word.Length; i++)
        {
            if ((word[i] | 0x20) != lower[i])
            {
                return false;
            }
        }

        return true;
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
