using Dateline.Core.Model;

namespace Dateline.Language.Knowledge;

/// <summary>The paragraph spans: the Paragraph layer of the extractor, or blank-line separated blocks of a bare text.</summary>
internal static class ParagraphBoundaries
{
    public static IReadOnlyList<TextSpan> Of(Document document)
    {
        var layer = document.Paragraphs;
        if (!layer.IsDefaultOrEmpty)
        {
            return [.. layer.Select(p => p.Span).OrderBy(s => s.Start)];
        }

        return Split(document.Text);
    }

    public static IReadOnlyList<TextSpan> Split(string text)
    {
        var spans = new List<TextSpan>();
        int start = 0;
        int i = 0;
        while (i <= text.Length)
        {
            bool end = i == text.Length;
            if (!end && text[i] == '\n')
            {
                int j = i + 1;
                while (j < text.Length && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r'))
                {
                    j++;
                }

                end = j < text.Length && text[j] == '\n';
            }

            if (end)
            {
                SentenceBoundaries.AddTrimmed(spans, text, start, i);
                while (i < text.Length && char.IsWhiteSpace(text[i]))
                {
                    i++;
                }

                start = i;
                if (i == text.Length)
                {
                    break;
                }

                continue;
            }

            i++;
        }

        return spans;
    }
}
