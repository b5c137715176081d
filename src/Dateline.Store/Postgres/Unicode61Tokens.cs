using System.Globalization;
using System.Text;

namespace Dateline.Store.Postgres;

/// <summary>
/// Words as SQLite's FTS5 tokenizer <c>unicode61 remove_diacritics 2</c> cuts them: runs of letters, digits and
/// private-use characters, lower-cased, diacritics removed. The PostgreSQL index is fed these words (joined by
/// spaces), so both stores match, count and rank the same words.
/// </summary>
internal static class Unicode61Tokens
{
    public static List<string> Of(string? text)
    {
        var tokens = new List<string>();
        if (string.IsNullOrEmpty(text))
        {
            return tokens;
        }

        var word = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsTokenChar(rune))
            {
                AppendFolded(word, rune);
            }
            else if (word.Length > 0)
            {
                tokens.Add(word.ToString());
                word.Clear();
            }
        }

        if (word.Length > 0)
        {
            tokens.Add(word.ToString());
        }

        return tokens;
    }

    private static bool IsTokenChar(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber or UnicodeCategory.PrivateUse
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };

    private static void AppendFolded(StringBuilder word, Rune rune)
    {
        var lower = Rune.ToLowerInvariant(rune).ToString();
        foreach (var c in lower.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                word.Append(c);
            }
        }
    }
}
