using AngleSharp.Dom;
using Dateline.Core.Layers.RelatedLinks;
using Dateline.Core.Layers.RemovedBlocks;
using Dateline.Core.Model;

namespace Dateline.Extraction.Html;

/// <summary>
/// Strips a parsed page down to candidate content: drops what is never body (scripts, forms controls, hidden
/// elements), then page furniture by element (nav, aside, footer, captions) and by class/id hint. Furniture removal
/// never takes an element that holds most of the page's text, so a page whose wrapper is oddly named survives.
/// </summary>
public sealed class TreeCleaner
{
    private static readonly HashSet<string> Junk = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "canvas", "object", "embed", "button", "input", "select",
        "option", "textarea", "link", "meta", "map", "audio", "video", "source", "picture", "img", "head", "title", "dialog", "math",
    };

    private static readonly Dictionary<string, string> Furniture = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nav"] = RemovalReason.Navigation,
        ["aside"] = RemovalReason.OutsideArticle,
        ["footer"] = RemovalReason.Footer,
        ["header"] = RemovalReason.Header,
        ["figcaption"] = RemovalReason.Caption,
        ["form"] = RemovalReason.Boilerplate,
        ["menu"] = RemovalReason.Navigation,
    };

    private static readonly HashSet<string> NeverRemoved = new(StringComparer.OrdinalIgnoreCase) { "html", "body", "main", "article" };

    private readonly ClassHints _hints;
    private readonly HtmlExtractionOptions _options;

    public TreeCleaner(HtmlExtractionOptions options, ClassHints? hints = null)
    {
        _options = options;
        _hints = hints ?? ClassHints.Default;
    }

    /// <summary>
    /// Cleans the subtree in place; <paramref name="useHints"/> false keeps class-hinted furniture (the fallback pass).
    /// With <paramref name="undo"/>, the nodes taken out are remembered there, so the tree can be restored.
    /// </summary>
    public void Clean(IElement root, bool useHints, List<RemovedBlock> removed, List<RelatedLink>? related = null, RemovedNodes? undo = null)
    {
        RemoveJunk(root, undo);
        var total = Math.Max(1, NodeText.Length(root));
        var stack = new Stack<IElement>();
        PushChildren(stack, root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            var reason = FurnitureReason(element, useHints);
            if (reason == RemovalReason.Navigation && !Furniture.ContainsKey(element.LocalName) && HtmlTags.Closest(element, HtmlTags.HeaderOrFooter) is null && HoldsProse(element))
            {
                // A class that says "menu" on a box of running text (a product page's tab menu around its
                // description): menus hold links, not paragraphs. In the page's header or footer it stays chrome
                // (an expandable menu with the legal notice).
                reason = null;
            }
            if (reason == RemovalReason.Header && HoldsLead(element))
            {
                // A lead or standfirst inside the article's header: the header's parts are judged one by one instead.
                reason = null;
            }

            if (reason is not null && !NeverRemoved.Contains(element.LocalName) && element.GetAttribute("itemprop") is not "articleBody")
            {
                var length = NodeText.Length(element);
                if (length <= total * _options.RemovalGuardShare)
                {
                    if (length > 0)
                    {
                        removed.Add(new RemovedBlock(NodeText.Collapsed(element, 2000), reason));
                        if (reason == RemovalReason.TeaserList && related is not null)
                        {
                            CollectTeasers(element, related);
                        }
                    }

                    Remove(element, undo);
                    continue;
                }
            }

            PushChildren(stack, element);
        }
    }

    /// <summary>The story links of a teaser box: link texts long enough to be headlines, once each.</summary>
    private void CollectTeasers(IElement box, List<RelatedLink> related)
    {
        foreach (var link in box.QuerySelectorAll("a[href]"))
        {
            var title = NodeText.Collapsed(link, 300);
            if (title.Length >= _options.MinTeaserTitleChars && title.Contains(' ', StringComparison.Ordinal) && !related.Any(r => r.Title == title))
            {
                related.Add(new RelatedLink(title, null, link.GetAttribute("href")));
            }
        }
    }

    /// <summary>
    /// Whether a header element holds running text: one block of it (text up to the nearest block element) has at
    /// least <see cref="HtmlExtractionOptions.MinLeadWords"/> words outside links. Menus and bylines never do.
    /// </summary>
    private bool HoldsLead(IElement header)
    {
        var words = new Dictionary<INode, int>();
        foreach (var text in NodeText.Texts(header))
        {
            INode? block = null;
            var inLink = false;
            for (var node = text.Parent; node is not null; node = node.Parent)
            {
                if (node is IElement ancestor)
                {
                    inLink |= ancestor.LocalName == "a";
                    if (HtmlTags.IsBlock(ancestor.LocalName))
                    {
                        block = ancestor;
                        break;
                    }
                }

                if (node == header)
                {
                    break;
                }
            }

            if (inLink || block is null)
            {
                continue;
            }

            var count = words.GetValueOrDefault(block) + text.Data.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
            if (count >= _options.MinLeadWords)
            {
                return true;
            }

            words[block] = count;
        }

        return false;
    }

    /// <summary>Whether the element holds at least <see cref="HtmlExtractionOptions.MinMenuProseChars"/> of paragraph text outside links.</summary>
    private bool HoldsProse(IElement element)
    {
        var prose = 0;
        foreach (var paragraph in element.GetElementsByTagName("p"))
        {
            var text = NodeText.Length(paragraph);
            var links = paragraph.GetElementsByTagName("a").Sum(a => NodeText.Length(a));
            prose += text - links;
            if (prose >= _options.MinMenuProseChars)
            {
                return true;
            }
        }

        return false;
    }

    private string? FurnitureReason(IElement element, bool useHints)
    {
        if (Furniture.TryGetValue(element.LocalName, out var reason))
        {
            return reason;
        }

        if (element.GetAttribute("role") is { } role && role is "navigation" or "complementary" or "contentinfo" or "banner" or "dialog" or "alert")
        {
            return role == "navigation" ? RemovalReason.Navigation : RemovalReason.OutsideArticle;
        }

        return useHints ? _hints.RemovalReason(element) : null;
    }

    private static void Remove(INode node, RemovedNodes? undo)
    {
        if (undo is null)
        {
            node.RemoveFromParent();
        }
        else
        {
            undo.Remove(node);
        }
    }

    private void RemoveJunk(IElement root, RemovedNodes? undo)
    {
        // One walk finds both: the junk elements, and the comments outside them (comments carry no text but split text
        // nodes; dropping them keeps the later walks simple).
        var doomed = new List<INode>();
        var comments = new List<INode>();
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();

            // Indexed, not sibling links: AngleSharp finds a sibling by searching the parent's list (quadratic on wide pages).
            var childNodes = element.ChildNodes;
            for (var i = childNodes.Length - 1; i >= 0; i--)
            {
                var child = childNodes[i];
                if (child is IElement childElement)
                {
                    if ((Junk.Contains(childElement.LocalName) && !IsNoscriptArticle(childElement)) || IsHidden(childElement))
                    {
                        doomed.Add(childElement);
                    }
                    else
                    {
                        stack.Push(childElement);
                    }
                }
                else if (child.NodeType == NodeType.Comment)
                {
                    comments.Add(child);
                }
            }
        }

        foreach (var node in doomed)
        {
            Remove(node, undo);
        }

        foreach (var comment in comments)
        {
            Remove(comment, undo);
        }
    }

    /// <summary>
    /// Whether a &lt;noscript&gt; holds the article itself (pages that render their posts with scripts put the text
    /// there for readers without them): paragraphs of at least <see cref="HtmlExtractionOptions.MinNoscriptProseChars"/>.
    /// </summary>
    private bool IsNoscriptArticle(IElement element)
        => element.LocalName == "noscript"
           && element.GetElementsByTagName("p").Sum(p => p.TextContent.Length) >= _options.MinNoscriptProseChars;

    /// <summary>Whether the element is hidden from readers (the hidden attribute, display:none, visibility:hidden).</summary>
    internal static bool IsHidden(IElement element)
    {
        if (element.HasAttribute("hidden"))
        {
            return true;
        }

        var style = element.GetAttribute("style");
        if (style is null)
        {
            return false;
        }

        // The style without its spaces, in a buffer (every element with a style is asked, by the cleaner and the comment reader).
        Span<char> compact = style.Length <= 512 ? stackalloc char[style.Length] : new char[style.Length];
        var length = 0;
        foreach (var c in style)
        {
            if (c != ' ')
            {
                compact[length++] = c;
            }
        }

        compact = compact[..length];
        return compact.Contains("display:none", StringComparison.OrdinalIgnoreCase) || compact.Contains("visibility:hidden", StringComparison.OrdinalIgnoreCase);
    }

    private static void PushChildren(Stack<IElement> stack, IElement element)
    {
        // Indexed, not sibling links: AngleSharp finds a sibling by searching the parent's list (quadratic on wide pages).
        var childNodes = element.ChildNodes;
        for (var i = childNodes.Length - 1; i >= 0; i--)
        {
            if (childNodes[i] is not IElement child)
            {
                continue;
            }

            stack.Push(child);
        }
    }
}
