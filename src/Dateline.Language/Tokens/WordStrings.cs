using Dateline.Core.Model;

namespace Dateline.Language.Tokens;

/// <summary>
/// A token's text as a string, as written (no case change): the entity resolver reads every token so, one string per
/// distinct word a thread reads again (<see cref="RecentStrings"/>; a table of its own, beside <see cref="LowerWords"/>').
/// </summary>
internal static class WordStrings
{
    /// <summary>Longer words are made strings each time.</summary>
    public const int MaxCachedLength = RecentStrings.MaxCachedLength;

    [ThreadStatic]
    private static string?[]? t_slots;

    /// <summary>The word as a string: equal to <c>word.ToString()</c>.</summary>
    public static string Of(ReadOnlySpan<char> word) => RecentStrings.Of(word, ref t_slots);

    /// <summary><see cref="Of"/> of each token of a sentence, their table lookups loaded together (<see cref="RecentStrings.OfEach"/>).</summary>
    public static void OfEach(string text, ReadOnlySpan<TextSpan> spans, Span<string> into) => RecentStrings.OfEach(text, spans, into, ref t_slots);
}
