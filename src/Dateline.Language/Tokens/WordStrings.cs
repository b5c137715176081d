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

    /// <summary>Each token's text as a string: equal to <c>text.Substring(span)</c> (the table's lookups loaded together, <see cref="RecentStrings.OfEach"/>).</summary>
    public static void OfEach(string text, ReadOnlySpan<TextSpan> spans, Span<string> into) => RecentStrings.OfEach(text, spans, into, ref t_slots);
}
