using System.Text;
using Dateline.Web.Api.Contracts;

namespace Dateline.Web.Browse;

/// <summary>
/// The store marks matches in snippets with markers we choose; we choose private-use characters rather than HTML
/// tags, so a snippet is plain text plus ranges, and page text can never pose as markup.
/// </summary>
public static class Highlights
{
    public const string Start = "\uE000";
    public const string End = "\uE001";

    public static HighlightedText Parse(string marked)
    {
        var text = new StringBuilder(marked.Length);
        var spans = new List<SpanDto>();
        var open = -1;
        foreach (var c in marked)
        {
            if (c == Start[0])
            {
                open = text.Length;
            }
            else if (c == End[0])
            {
                if (open >= 0 && text.Length > open)
                {
                    spans.Add(new SpanDto(open, text.Length));
                }

                open = -1;
            }
            else
            {
                text.Append(c);
            }
        }

        return new HighlightedText(text.ToString(), spans);
    }
}
