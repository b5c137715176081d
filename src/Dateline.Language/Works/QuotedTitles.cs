using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Dateline.Core.Model;

namespace Dateline.Language.Works;

/// <summary>
/// Titles of works in quote marks (“1917”, “The Day After Tomorrow”, “Friday Night Lights”): a short quoted stretch
/// whose every word is capitalised or a number. A time expression inside one names the work, not a time. A quoted
/// utterance ("“We will vote next week,” she said") has lower-case words and is not a title.
/// </summary>
internal static partial class QuotedTitles
{
    /// <summary>The most words a quoted title has here (film, book and show titles in news run to about six).</summary>
    private const int MaxWords = 6;

    private static readonly HashSet<string> Minor = new(StringComparer.Ordinal) { "a", "an", "and", "at", "for", "in", "of", "on", "or", "the", "to" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MinorWords = Minor.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> SentenceMarks = SearchValues.Create(".!?;");

    /// <summary>
    /// The quoted titles of a document: its <see cref="QuotedTitlesLayer"/> when a pipeline found them (once for every
    /// layer that reads them), else found in its text.
    /// </summary>
    public static IReadOnlyList<TextSpan> Of(Document document)
    {
        if (!document.HasLayer<QuotedTitle>())
        {
            return Find(document.Text);
        }

        var layer = document.Layer<QuotedTitle>();
        var spans = new TextSpan[layer.Length];
        for (int i = 0; i < spans.Length; i++)
        {
            spans[i] = layer[i].Span;
        }

        return spans;
    }

    /// <summary>The inner spans (marks excluded) of the quoted titles of a text, in text order.</summary>
    public static List<TextSpan> Find(string text)
    {
        var titles = new List<TextSpan>();
        foreach (var m in QuotedPattern().EnumerateMatches(text))
        {
            // the inner group is the match without its two marks
            var inner = new TextSpan(m.Index + 1, m.Index + m.Length - 1);
            if (IsTitle(text.AsSpan(inner.Start, inner.Length)))
            {
                titles.Add(inner);
            }
        }

        return titles;
    }

    /// <summary>Whether the words inside a pair of quote marks read as a title of a work (the marks themselves are ignored).</summary>
    public static bool IsTitle(ReadOnlySpan<char> inner)
    {
        var body = inner.TrimEnd([',', '.', ' ']);
        if (body.Length == 0 || body.ContainsAny(SentenceMarks))
        {
            return false;
        }

        // the words are the runs of word characters and apostrophes ([\w’']+)
        int words = 0;
        for (int i = 0; i < body.Length;)
        {
            if (!IsWordChar(body[i]))
            {
                i++;
                continue;
            }

            int start = i;
            while (i < body.Length && IsWordChar(body[i]))
            {
                i++;
            }

            var word = body[start..i];
            words++;
            if (words > MaxWords || !(StartsTitleWord(word[0]) || (words > 1 && MinorWords.Contains(word))))
            {
                return false;
            }
        }

        return words > 0;
    }

    private static bool StartsTitleWord(char first) => char.IsUpper(first) || char.IsDigit(first);

    /// <summary>A character of the regex class <c>[\w’']</c> (\w: letters, non-spacing marks, decimal digits, connectors).</summary>
    private static bool IsWordChar(char c)
        => c is '\'' or '’' || char.GetUnicodeCategory(c) is UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter
            or UnicodeCategory.TitlecaseLetter or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.ConnectorPunctuation;

    /// <summary>A pair of curly or straight double quotes on one line.</summary>
    [GeneratedRegex(@"[“""][^“”""\n]{1,80}[”""]")]
    private static partial Regex QuotedPattern();
}
