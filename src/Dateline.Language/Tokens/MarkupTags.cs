using System.Text.RegularExpressions;
using Dateline.Core.Model;

namespace Dateline.Language.Tokens;

/// <summary>
/// Markup tags left in a text (a corpus's own elements: PolNeAR's <c>&lt;tweet pic="" author="…" timestamp="1470067200"
/// tweet_id="760070280932982784"&gt;</c> and <c>&lt;/tweet&gt;</c>, unseen times sample 14): a tag is no prose, so no
/// amount and no time is read inside one (the six attribute numbers read as amounts there). A tag opens with "&lt;" and
/// a name at once ("&lt;tweet", "&lt;/p"), so prose's "a &lt; b" and "&lt;3" are none; its attributes are name=value
/// pairs, quoted or bare. What the element holds (a tweet's text, sample 11's tweet date) is read as before.
/// </summary>
public static partial class MarkupTags
{
    /// <summary>The spans of the tags in <paramref name="text"/>, in order; none when it holds no "&lt;".</summary>
    public static IReadOnlyList<TextSpan> Find(string text)
    {
        if (!text.Contains('<'))
        {
            return [];
        }

        return [.. Tag().Matches(text).Select(m => new TextSpan(m.Index, m.Index + m.Length))];
    }

    [GeneratedRegex("""<(?:/[A-Za-z][\w:.-]*\s*|[A-Za-z][\w:.-]*(?:\s+[\w:.-]+(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'<>=]+))?)*\s*/?)>""")]
    private static partial Regex Tag();
}
