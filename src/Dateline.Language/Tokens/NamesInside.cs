namespace Dateline.Language.Tokens;

/// <summary>
/// A word written with a capital inside its sentence is a name, whatever it means in lower case: "Senior advisor Hope
/// Hicks" (no "hope"), "a super PAC called Future 45" (no future, and its 45 no count: unseen news audit 16), "the
/// SampP 500". Inside means after a letter, a digit or a comma on the same line of words, so the first word of a
/// sentence, a quotation or a line is no name by this test.
/// </summary>
public static class NamesInside
{
    /// <summary>Whether the word starting at <paramref name="start"/> is written with a capital inside its sentence.</summary>
    public static bool IsName(string text, int start)
    {
        if (start >= text.Length || !char.IsUpper(text[start]))
        {
            return false;
        }

        int k = start - 1;
        while (k >= 0 && text[k] == ' ')
        {
            k--;
        }

        return k >= 0 && (char.IsLetterOrDigit(text[k]) || text[k] == ',');
    }
}
