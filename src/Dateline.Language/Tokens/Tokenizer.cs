using Dateline.Core.Model;

namespace Dateline.Language.Tokens;

/// <summary>
/// Splits text into tokens with character offsets, Penn-Treebank-like: punctuation and quotes apart, possessive "’s"
/// and "n't" apart, abbreviations ("U.N.", "Mr.") and numbers ("20,000", "5.5", "1.2bn") whole, URLs whole.
/// A hyphen compound whose right part is lower case after a capitalised left part ("U.N.-supported", "NATO-backed")
/// is split so that the name stands alone; other compounds ("al-Qaida", "cease-fire") stay one token.
/// </summary>
public sealed class Tokenizer(Abbreviations abbreviations)
{
    public static Tokenizer Default { get; } = new(Abbreviations.Default);

    public Abbreviations Abbreviations => abbreviations;

    public List<TextSpan> Tokenize(string text)
    {
        var tokens = new List<TextSpan>(text.Length / 5);
        Tokenize(text, 0, text.Length, tokens);
        return tokens;
    }

    /// <summary>Appends the tokens of text[start, end) to output.</summary>
    public void Tokenize(string text, int start, int end, List<TextSpan> output)
    {
        int i = start;
        while (i < end)
        {
            char c = text[i];
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c == '\u200b' || c == '\ufeff')
            {
                i++;
                continue;
            }

            int next;
            if (IsUrlStart(text, i, end))
            {
                next = UrlEnd(text, i, end);
            }
            else if (char.IsLetterOrDigit(c))
            {
                next = Word(text, i, end, output);
                if (next < 0)
                {
                    // Word() already emitted its pieces and returned the negated end.
                    i = -next;
                    continue;
                }
            }
            else
            {
                next = Punctuation(text, i, end);
            }

            output.Add(new TextSpan(i, next));
            i = next;
        }
    }

    private static bool IsUrlStart(string text, int i, int end)
    {
        var rest = text.AsSpan(i, end - i);
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 5 && char.IsLetterOrDigit(rest[4]));
    }

    private static int UrlEnd(string text, int i, int end)
    {
        int j = i;
        while (j < end && !char.IsWhiteSpace(text[j]) && text[j] is not ('"' or '“' or '”' or '<' or '>'))
        {
            j++;
        }

        // Sentence punctuation after a URL is not part of it.
        while (j > i + 1 && text[j - 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or '\'' or '’')
        {
            j--;
        }

        return j;
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    private static bool IsHyphen(char c) => c is '-' or '‐' or '‑';

    /// <summary>
    /// Scans a word starting at i. Returns its end, or, when it emitted several tokens itself (split compounds),
    /// the negated position where scanning resumes.
    /// </summary>
    private int Word(string text, int i, int end, List<TextSpan> output)
    {
        int j = i;
        bool digitsOnly = true;
        int periods = 0;
        while (j < end)
        {
            char c = text[j];
            if (char.IsLetterOrDigit(c) || c is '\u00ad')
            {
                digitsOnly &= char.IsDigit(c);
                j++;
                continue;
            }

            bool nextIsAlnum = j + 1 < end && char.IsLetterOrDigit(text[j + 1]);
            if ((c == ',' || c == '.') && digitsOnly && j > i && nextIsAlnum && char.IsDigit(text[j + 1]))
            {
                // 20,000 and 5.5: separators between digits.
                j++;
                continue;
            }

            if (c == '.' && nextIsAlnum && char.IsLetter(text[j + 1]) && IsInitialismPart(text, i, j))
            {
                // U.N, U.S, e.g: a period between single letters.
                periods++;
                j++;
                continue;
            }

            if (IsApostrophe(c) && nextIsAlnum && char.IsLetter(text[j + 1]))
            {
                if (IsNegation(text, i, j, end))
                {
                    break;
                }

                // Clitics split off: 's, 're, 'll, 've, 'd, 'm; n't below. Names like O'Brien stay whole.
                if (IsClitic(text, j + 1, end))
                {
                    break;
                }

                j++;
                continue;
            }

            if (IsHyphen(c) && nextIsAlnum && j > i)
            {
                j++;
                continue;
            }

            break;
        }

        // "don't": the word ends before "n't".
        if (j < end && IsNegation(text, i, j, end))
        {
            output.Add(new TextSpan(i, j - 1));
            output.Add(new TextSpan(j - 1, j + 2));
            return -(j + 2);
        }

        // A final period belongs to abbreviations, initialisms and single-letter initials.
        if (j < end && text[j] == '.')
        {
            var word = text.AsSpan(i, j - i);
            if (periods > 0 || (word.Length == 1 && char.IsUpper(word[0])) || abbreviations.Contains(word))
            {
                j++;
            }
        }

        // A clitic after the word is its own token.
        if (j < end && IsApostrophe(text[j]) && j + 1 < end && char.IsLetter(text[j + 1]) && IsClitic(text, j + 1, end))
        {
            int k = j + 1;
            while (k < end && char.IsLetter(text[k]))
            {
                k++;
            }

            EmitCompound(text, i, j, output);
            output.Add(new TextSpan(j, k));
            return -k;
        }

        if (HasSplittableHyphen(text, i, j))
        {
            EmitCompound(text, i, j, output);
            return -j;
        }

        return j;
    }

    /// <summary>The apostrophe at j is that of "n't" ("don't" → "do" "n't").</summary>
    private static bool IsNegation(string text, int wordStart, int j, int end)
        => j - wordStart >= 2 && IsApostrophe(text[j]) && text[j - 1] is 'n' or 'N' && j + 1 < end && text[j + 1] is 't' or 'T'
           && (j + 2 >= end || !char.IsLetter(text[j + 2]));

    private static bool IsInitialismPart(string text, int wordStart, int period)
    {
        // The piece before this period is one letter ("U" of "U.N"), and the piece after is short.
        int pieceStart = period - 1;
        return pieceStart >= wordStart && char.IsLetter(text[pieceStart]) && (pieceStart == wordStart || text[pieceStart - 1] == '.');
    }

    private static bool IsClitic(string text, int start, int end)
    {
        int k = start;
        while (k < end && char.IsLetter(text[k]))
        {
            k++;
        }

        var clitic = text.AsSpan(start, k - start);
        return clitic.Equals("s", StringComparison.OrdinalIgnoreCase)
            || clitic.Equals("re", StringComparison.OrdinalIgnoreCase)
            || clitic.Equals("ll", StringComparison.OrdinalIgnoreCase)
            || clitic.Equals("ve", StringComparison.OrdinalIgnoreCase)
            || clitic.Equals("d", StringComparison.OrdinalIgnoreCase)
            || clitic.Equals("m", StringComparison.OrdinalIgnoreCase);
    }

    private static bool HasSplittableHyphen(string text, int start, int end)
    {
        for (int k = start + 1; k < end - 1; k++)
        {
            if (IsHyphen(text[k]) && SplitsAt(text, start, k, end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Split "U.N.-supported", "NATO-backed", "Russian-made": capitalised left part, lower-case right part.</summary>
    private static bool SplitsAt(string text, int start, int hyphen, int end)
        => hyphen - start >= 2 && char.IsUpper(text[start]) && char.IsLower(text[hyphen + 1])
           && !text.AsSpan(hyphen + 1, end - hyphen - 1).ContainsAny('-', '‐', '‑');

    /// <summary>Emits text[start, end) as one token, or as left, hyphen, right when it is a splittable compound.</summary>
    private static void EmitCompound(string text, int start, int end, List<TextSpan> output)
    {
        for (int k = start + 1; k < end - 1; k++)
        {
            if (IsHyphen(text[k]) && SplitsAt(text, start, k, end))
            {
                output.Add(new TextSpan(start, k));
                output.Add(new TextSpan(k, k + 1));
                output.Add(new TextSpan(k + 1, end));
                return;
            }
        }

        output.Add(new TextSpan(start, end));
    }

    private static int Punctuation(string text, int i, int end)
    {
        char c = text[i];
        int j = i + 1;
        if (c == '.' || c == '-' || c == '?' || c == '!')
        {
            // "...", "--", "?!"
            while (j < end && (text[j] == c || (c is '?' or '!' && text[j] is '?' or '!')))
            {
                j++;
            }
        }

        return j;
    }
}
