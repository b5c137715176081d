namespace Dateline.Language.Entities;

/// <summary>Deterministic 64-bit hashing of words and feature templates (never string.GetHashCode, which is randomised per process).</summary>
internal static class FeatureHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static ulong Of(ReadOnlySpan<char> text)
    {
        ulong h = Offset;
        foreach (char c in text)
        {
            h = (h ^ c) * Prime;
        }

        return Mix(h);
    }

    public static ulong OfLower(ReadOnlySpan<char> text)
    {
        ulong h = Offset;
        foreach (char c in text)
        {
            h = (h ^ char.ToLowerInvariant(c)) * Prime;
        }

        return Mix(h);
    }

    /// <summary>Combines two hashes (order matters).</summary>
    public static ulong Combine(ulong a, ulong b) => Mix(a ^ (b + 0x9e3779b97f4a7c15UL + (a << 6) + (a >> 2)));

    public static ulong Template(int template, ulong value) => Mix(value + ((ulong)template * 0xbf58476d1ce4e5b9UL));

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9UL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebUL;
        return z ^ (z >> 31);
    }
}
