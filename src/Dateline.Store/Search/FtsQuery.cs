using System.Text;

namespace Dateline.Store.Search;

/// <summary>
/// Turns what a user types into safe full-text syntax: every word becomes a quoted term (so U.S., al-Qaida or a stray
/// colon cannot break the parser), "quoted phrases" stay phrases, word* stays a prefix search and upper-case
/// AND / OR / NOT stay operators.
/// </summary>
public static class FtsQuery
{
    /// <summary>
    /// The full-text match of a search: the user's words made safe (or, with <see cref="SearchQuery.Raw"/>, the text as
    /// typed); empty when there are no words (a listing by filters).
    /// </summary>
    /// <exception cref="SearchSyntaxException">Text was given but holds no word to search for (only quotes, stars, operators).</exception>
    public static string MatchFor(SearchQuery query)
    {
        var match = query.Raw ? query.Text.Trim() : FromUserText(query.Text);
        return match.Length == 0 && !string.IsNullOrWhiteSpace(query.Text) ? throw SearchSyntaxException.NoWords(query.Text.Trim()) : match;
    }

    public static string FromUserText(string text)
    {
        var parts = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                i++;
                continue;
            }

            if (text[i] == '"')
            {
                var close = text.IndexOf('"', i + 1);
                var phrase = close < 0 ? text[(i + 1)..] : text[(i + 1)..close];
                i = close < 0 ? text.Length : close + 1;
                // A phrase of only stars or punctuation holds nothing the index has: it is not a term.
                if (phrase.Any(char.IsLetterOrDigit))
                {
                    parts.Add(Quote(phrase));
                }

                continue;
            }

            var start = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i]) && text[i] != '"')
            {
                i++;
            }

            var word = text[start..i];
            if (word is "AND" or "OR" or "NOT")
            {
                parts.Add(word);
            }
            else if (word.Length > 1 && word[^1] == '*' && word[..^1].All(char.IsLetterOrDigit))
            {
                parts.Add(Quote(word[..^1]) + "*");
            }
            else if (word.Any(char.IsLetterOrDigit))
            {
                parts.Add(Quote(word));
            }
        }

        // Operators need a term on each side; drop those that would dangle.
        while (parts.Count > 0 && IsOperator(parts[0]))
        {
            parts.RemoveAt(0);
        }

        while (parts.Count > 0 && IsOperator(parts[^1]))
        {
            parts.RemoveAt(parts.Count - 1);
        }

        var sb = new StringBuilder();
        for (var k = 0; k < parts.Count; k++)
        {
            if (k > 0 && IsOperator(parts[k]) && IsOperator(parts[k - 1]))
            {
                continue;
            }

            if (sb.Length > 0)
            {
                sb.Append(' ');
            }

            sb.Append(parts[k]);
        }

        return sb.ToString();
    }

    private static bool IsOperator(string part) => part is "AND" or "OR" or "NOT";

    public static string Quote(string term) => "\"" + term.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
