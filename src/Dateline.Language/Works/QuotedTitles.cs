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

    /// <summary>The inner spans (marks excluded) of the quoted titles of a text, in text order.</summary>
    public static List<TextSpan> Find(string text)
    {
        var titles = new List<TextSpan>();
        foreach (Match m in QuotedPattern().Matches(text))
        {
            var inner = m.Groups["inner"];
            if (IsTitle(inner.Value))
            {
                titles.Add(new TextSpan(inner.Index, inner.Index + inner.Length));
            }
        }

        return titles;
    }

    /// <summary>Whether the words inside a pair of quote marks read as a title of a work (the marks themselves are ignored).</summary>
    public static bool IsTitle(string inner)
    {
        var body = inner.TrimEnd(',', '.', ' ');
        if (body.Length == 0 || body.IndexOfAny(['.', '!', '?', ';']) >= 0)
        {
            return false;
        }

        var words = WordPattern().Matches(body);
        if (words.Count is 0 or > MaxWords || !StartsTitleWord(words[0].Value))
        {
            return false;
        }

        return words.All(w => StartsTitleWord(w.Value) || Minor.Contains(w.Value));
    }

    private static bool StartsTitleWord(string word) => char.IsUpper(word[0]) || char.IsDigit(word[0]);

    /// <summary>A pair of curly or straight double quotes on one line.</summary>
    [GeneratedRegex(@"[“""](?<inner>[^“”""\n]{1,80})[”""]")]
    private static partial Regex QuotedPattern();

    [GeneratedRegex(@"[\w’']+")]
    private static partial Regex WordPattern();
}
