using Dateline.Core.Model;

namespace Dateline.Language.Knowledge;

/// <summary>
/// The sentence spans the knowledge layers work in: the Sentence layer when the tokenizer has run, otherwise a light
/// split of its own (paragraph breaks, and . ! ? followed by space and an upper-case letter or a quote mark), so that
/// quotes, times and relations also work on a bare text.
/// </summary>
internal static class SentenceBoundaries
{
    public static IReadOnlyList<TextSpan> Of(Document document)
    {
        var layer = document.Layer<Sentence>();
        if (!layer.IsDefaultOrEmpty)
        {
            return [.. layer.Select(s => s.Span).OrderBy(s => s.Start)];
        }

        return Split(document.Text);
    }

    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var spans = new List<TextSpan>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n' && (i + 1 >= text.Length || text[i + 1] == '\n' || text[i + 1] == '\r'))
            {
                AddTrimmed(spans, text, start, i);
                start = i + 1;
                continue;
            }

            if (c is '.' or '!' or '?')
            {
                int j = i + 1;
                while (j < text.Length && IsClosing(text[j]))
                {
                    j++;
                }

                if (j < text.Length && text[j] == ' ')
                {
                    int k = j;
                    while (k < text.Length && text[k] == ' ')
                    {
                        k++;
                    }

                    if (k < text.Length && (char.IsUpper(text[k]) || IsOpening(text[k])) && !IsAbbreviation(text, i))
                    {
                        AddTrimmed(spans, text, start, j);
                        start = k;
                        i = k - 1;
                    }
                }
            }
        }

        AddTrimmed(spans, text, start, text.Length);
        return spans;
    }

    private static bool IsClosing(char c) => c is '"' or '\u201D' or '\u2019' or '\'' or ')';

    private static bool IsOpening(char c) => c is '"' or '\u201C' or '\u2018' or '(';

    /// <summary>"Mr.", "U.S.", "Jan." and initials do not end a sentence.</summary>
    internal static bool IsAbbreviation(string text, int dot)
    {
        if (text[dot] != '.')
        {
            return false;
        }

        int s = dot;
        while (s > 0 && char.IsLetter(text[s - 1]))
        {
            s--;
        }

        int len = dot - s;
        if (len == 1 && char.IsUpper(text[s]))
        {
            return true;
        }

        var word = text.AsSpan(s, len);
        return Abbreviations.Contains(word.ToString()) || (s > 0 && text[s - 1] == '.');
    }

    private static readonly IReadOnlySet<string> Abbreviations = KnowledgeData.Lines("abbreviations.txt").ToHashSet(StringComparer.Ordinal);

    /// <summary>Adds [start, end) without its surrounding white space, unless nothing is left.</summary>
    internal static void AddTrimmed(List<TextSpan> spans, string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            spans.Add(new TextSpan(start, end));
        }
    }
}
