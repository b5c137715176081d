using AngleSharp.Dom;

namespace Dateline.Extraction.Html;

/// <summary>
/// Text, link-text and comma counts of every element below a root, computed in one post-order walk so scoring never
/// re-reads a subtree. "Inline" counts cover the element's own text: its text nodes and inline children; "prose"
/// counts the text of paragraphs that read as running text.
/// </summary>
internal sealed class TreeStatistics
{
    private readonly Dictionary<IElement, ElementStats> _stats = new();

    public TreeStatistics(IElement root, int proseParagraphChars)
    {
        var stack = new Stack<(IElement Element, bool Exit)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (element, exit) = stack.Pop();
            if (!exit)
            {
                stack.Push((element, true));

                // Indexed, not sibling links: AngleSharp finds a sibling by searching the parent's list (quadratic on wide pages).
                var childNodes = element.ChildNodes;
                for (var i = childNodes.Length - 1; i >= 0; i--)
                {
                    if (childNodes[i] is not IElement child)
                    {
                        continue;
                    }

                    stack.Push((child, false));
                }

                continue;
            }

            int text = 0, link = 0, commas = 0, inline = 0, inlineCommas = 0, prose = 0;
            var nodes = element.ChildNodes;
            for (var i = 0; i < nodes.Length; i++)
            {
                var child = nodes[i];
                if (child is IText t)
                {
                    var (n, c) = Count(t.Data);
                    text += n;
                    commas += c;
                    inline += n;
                    inlineCommas += c;
                }
                else if (child is IElement e && _stats.TryGetValue(e, out var s))
                {
                    text += s.Text;
                    link += s.LinkText;
                    commas += s.Commas;
                    prose += s.Prose;
                    if (!HtmlTags.IsBlock(e.LocalName))
                    {
                        inline += s.Text;
                        inlineCommas += s.Commas;
                    }
                }
            }

            if (element.LocalName == "a")
            {
                link = text;
            }

            // Prose: text of paragraphs long enough and with few enough links to be running text.
            if (element.LocalName == "p" && text >= proseParagraphChars && link * 4 < text)
            {
                prose = text;
            }

            _stats[element] = new ElementStats(text, link, commas, inline, inlineCommas, prose);
        }
    }

    public ElementStats this[IElement element] => _stats.TryGetValue(element, out var s) ? s : default;

    private static (int Chars, int Commas) Count(string data)
    {
        int chars = 0, commas = 0;
        foreach (var c in data)
        {
            if (!char.IsWhiteSpace(c))
            {
                chars++;
                if (c is ',' or '，' or '、' or '،')
                {
                    commas++;
                }
            }
        }

        return (chars, commas);
    }
}
