using Dateline.Core.Model;

namespace Dateline.Language.Tokens;

/// <summary>
/// A word lower-cased (invariant culture) with ’ read as ', as a string: the events stage reads every token so, one
/// string per distinct word a thread reads again (<see cref="RecentStrings"/>).
/// </summary>
internal static class LowerWords
{
    /// <summary>Longer words are made strings each time.</summary>
    public const int MaxCachedLength = RecentStrings.MaxCachedLength;

    [ThreadStatic]
    private static string?[]? t_slots;

    /// <summary>
    /// Each token of a sentence lower-cased, ’ as ': equal to <c>text.Substring(span).ToLowerInvariant().Replace('’', '\'')</c>
    /// (the table's lookups loaded together, <see cref="RecentStrings.OfEach"/>).
    /// </summary>
    public static void OfEach(string text, ReadOnlySpan<TextSpan> spans, Span<string> into)
    {
        var buffers = t_buffers ??= new Buffers();
        int length = 0;
        foreach (var span in spans)
        {
            length += span.Length;
        }

        buffers.Ensure(spans.Length, length);
        var chars = buffers.Chars.AsSpan(0, length);
        var words = buffers.Words.AsSpan(0, spans.Length);
        for (int i = 0, at = 0; i < spans.Length; i++)
        {
            var lower = chars.Slice(at, spans[i].Length);
            text.AsSpan(spans[i].Start, spans[i].Length).ToLowerInvariant(lower);
            lower.Replace('’', '\'');
            words[i] = new TextSpan(at, at += lower.Length);
        }

        RecentStrings.OfEach(chars, words, into, ref t_slots);
    }

    [ThreadStatic]
    private static Buffers? t_buffers;

    /// <summary>A thread's sentence of lowered characters and its words' places, grown as sentences need.</summary>
    private sealed class Buffers
    {
        public char[] Chars = new char[1024];
        public TextSpan[] Words = new TextSpan[128];

        public void Ensure(int words, int chars)
        {
            if (Chars.Length < chars)
            {
                Chars = new char[Math.Max(chars, Chars.Length * 2)];
            }

            if (Words.Length < words)
            {
                Words = new TextSpan[Math.Max(words, Words.Length * 2)];
            }
        }
    }
}
