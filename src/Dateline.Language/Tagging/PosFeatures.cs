using Dateline.Language.Entities;

namespace Dateline.Language.Tagging;

/// <summary>What the tagger reads of one token, hashed once per token: its normalized form, suffix, first character and shape.</summary>
internal readonly record struct PosWord(ulong Word, ulong Suffix, ulong Prefix, ulong Shape, ulong LastLetter);

/// <summary>
/// The tagger's features, one implementation for training and tagging (the templates of Honnibal's averaged-perceptron
/// tagger, plus the word's shape): the word, its suffix and first character, the two previous tags (alone, together, with
/// the word and with its last letter), the words and suffixes around it, the shape. Hashed with <see cref="FeatureHash"/> (deterministic).
/// </summary>
internal static class PosFeatures
{
    /// <summary>Features per token.</summary>
    public const int Count = 17;

    /// <summary>The tag slot before the sentence (no tag).</summary>
    public const int Start = -1;

    private const int SuffixLength = 3;

    private static readonly PosWord Before = Boundary("-START-");
    private static readonly PosWord Before2 = Boundary("-START2-");
    private static readonly PosWord After = Boundary("-END-");
    private static readonly PosWord After2 = Boundary("-END2-");
    private static readonly ulong Year = FeatureHash.Of("!YEAR");
    private static readonly ulong Digits = FeatureHash.Of("!DIGITS");

    public static PosWord Describe(ReadOnlySpan<char> token)
    {
        ulong word = token.Length == 4 && IsAllDigits(token) ? Year
            : token.Length > 0 && char.IsAsciiDigit(token[0]) ? Digits
            : FeatureHash.OfLower(token);
        var suffix = FeatureHash.OfLower(token[Math.Max(0, token.Length - SuffixLength)..]);
        var prefix = FeatureHash.Of(token[..Math.Min(1, token.Length)]);
        var last = FeatureHash.OfLower(token[Math.Max(0, token.Length - 1)..]);
        return new PosWord(word, suffix, prefix, ShapeHash(token), last);
    }

    /// <summary>Fills <paramref name="features"/> (length <see cref="Count"/>) for token <paramref name="i"/>; tags are ints, <see cref="Start"/> before the sentence.</summary>
    public static void Fill(ReadOnlySpan<PosWord> words, int i, int previous, int previous2, Span<ulong> features)
    {
        var w = words[i];
        var wm1 = i >= 1 ? words[i - 1] : Before;
        var wm2 = i >= 2 ? words[i - 2] : i == 1 ? Before : Before2;
        var wp1 = i + 1 < words.Length ? words[i + 1] : After;
        var wp2 = i + 2 < words.Length ? words[i + 2] : i + 1 < words.Length ? After : After2;
        ulong t1 = (ulong)(previous + 2), t2 = (ulong)(previous2 + 2);
        features[0] = FeatureHash.Template(0, 1); // the bias (Mix(0) is 0, the empty slot)
        features[1] = FeatureHash.Template(1, w.Word);
        features[2] = FeatureHash.Template(2, w.Suffix);
        features[3] = FeatureHash.Template(3, w.Prefix);
        features[4] = FeatureHash.Template(4, t1);
        features[5] = FeatureHash.Template(5, t2);
        features[6] = FeatureHash.Template(6, FeatureHash.Combine(t1, t2));
        features[7] = FeatureHash.Template(7, FeatureHash.Combine(t1, w.Word));
        features[8] = FeatureHash.Template(8, wm1.Word);
        features[9] = FeatureHash.Template(9, wm1.Suffix);
        features[10] = FeatureHash.Template(10, wm2.Word);
        features[11] = FeatureHash.Template(11, wp1.Word);
        features[12] = FeatureHash.Template(12, wp1.Suffix);
        features[13] = FeatureHash.Template(13, wp2.Word);
        features[14] = FeatureHash.Template(14, w.Shape);
        features[15] = FeatureHash.Template(15, FeatureHash.Combine(w.Shape, i == 0 ? 1UL : 0UL));
        features[16] = FeatureHash.Template(16, FeatureHash.Combine(t1, w.LastLetter)); // "she protests": -s after a pronoun is a verb
    }

    /// <summary>Character classes with runs collapsed: "Obama" → "Xx", "U.S." → "X.X.", "1,200" → "d,d", "al-Qaida" → "x-Xx".</summary>
    private static ulong ShapeHash(ReadOnlySpan<char> token)
    {
        Span<char> shape = stackalloc char[16];
        int n = 0;
        foreach (char c in token)
        {
            char k = char.IsUpper(c) ? 'X' : char.IsLower(c) ? 'x' : char.IsDigit(c) ? 'd' : c;
            if (n == 0 || shape[n - 1] != k)
            {
                if (n == shape.Length)
                {
                    break;
                }

                shape[n++] = k;
            }
        }

        return FeatureHash.Of(shape[..n]);
    }

    private static bool IsAllDigits(ReadOnlySpan<char> token)
    {
        foreach (char c in token)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }

    private static PosWord Boundary(string name)
    {
        var h = FeatureHash.Of(name);
        return new PosWord(h, h, h, h, h);
    }
}
