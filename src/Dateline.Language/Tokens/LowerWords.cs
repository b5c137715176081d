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

    /// <summary>The word lower-cased, ’ as ': equal to <c>word.ToString().ToLowerInvariant().Replace('’', '\'')</c>.</summary>
    public static string Of(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxCachedLength)
        {
            return word.ToString().ToLowerInvariant().Replace('’', '\'');
        }

        Span<char> lower = stackalloc char[MaxCachedLength];
        lower = lower[..word.Length];
        word.ToLowerInvariant(lower);
        lower.Replace('’', '\'');
        return RecentStrings.Of(lower, ref t_slots);
    }
}
