namespace Dateline.Core.Text;

/// <summary>Which writing system letters belong to, for telling a text's script before its language.</summary>
public static class Scripts
{
    /// <summary>A letter of the Latin script: Basic Latin, Latin-1, Latin Extended-A and -B, and Latin Extended
    /// Additional (Vietnamese).</summary>
    public static bool IsLatinLetter(char c)
        => c < '\u0250' ? char.IsLetter(c) : c is >= '\u1e00' and <= '\u1eff';

    /// <summary>A letter of the Cyrillic script (the basic block and its supplement).</summary>
    public static bool IsCyrillicLetter(char c) => c is >= '\u0400' and <= '\u052f';

    /// <summary>Japanese kana: hiragana and katakana.</summary>
    public static bool IsKana(char c) => c is >= '\u3040' and <= '\u30ff';

    /// <summary>Han ideographs (CJK Unified Ideographs and Extension A), shared by Chinese and Japanese.</summary>
    public static bool IsHan(char c) => c is >= '\u3400' and <= '\u9fff';

    /// <summary>Korean hangul syllables.</summary>
    public static bool IsHangul(char c) => c is >= '\uac00' and <= '\ud7af';

    /// <summary>A character of the Chinese, Japanese or Korean scripts (kana, han or hangul).</summary>
    public static bool IsCjk(char c) => IsKana(c) || IsHan(c) || IsHangul(c);

    /// <summary>
    /// The share of Latin letters among the letters of <paramref name="text"/>, at most <paramref name="sample"/>
    /// characters read from its start; 1 when it has no letters (nothing says it is in another script).
    /// </summary>
    public static double LatinShare(ReadOnlySpan<char> text, int sample = 4000)
    {
        if (text.Length > sample)
        {
            text = text[..sample];
        }

        // Without a letter of another script every letter is Latin and the share is 1 (or there is none, also 1): only
        // the characters outside ASCII can be such a letter, and a vectorized search passes over the ASCII between
        // them. Most news texts hold none, so seven layers asking per document cost little (bench/README.md,
        // "perf-pipeline"); the first such letter sends the text to the count.
        for (int at = text.IndexOfAnyExceptInRange('\0', '\u007f'); at >= 0;)
        {
            if (IsOtherScriptLetter(text[at]))
            {
                return CountedLatinShare(text);
            }

            int next = text[(at + 1)..].IndexOfAnyExceptInRange('\0', '\u007f');
            at = next < 0 ? -1 : at + 1 + next;
        }

        return 1.0;
    }

    private static bool IsOtherScriptLetter(char c) => !IsLatinLetter(c) && char.IsLetter(c);

    private static double CountedLatinShare(ReadOnlySpan<char> text)
    {
        int letters = 0, latin = 0;
        foreach (var c in text)
        {
            if (IsLatinLetter(c))
            {
                letters++;
                latin++;
            }
            else if (c > '\u007f' && char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters == 0 ? 1.0 : (double)latin / letters;
    }
}
