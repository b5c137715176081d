using System.Globalization;
using System.Text;
using AngleSharp.Dom;
using Dateline.Core.Layers.Comments;
using Dateline.Extraction.Dates;

namespace Dateline.Extraction.Html.Comments;

/// <summary>
/// Reads the reader comments of a page from its untouched tree: comment sections (by their markup, Data/comment-markup.txt),
/// the comments in them, and each comment's author, date and text. What a browser would not show (hidden elements,
/// scripts, form fields, the reply form by its markup) is never read; a page wrapped whole in a form (as some frameworks
/// write them) is still read. A section without marked-up comments gives none: nothing is guessed
/// from a section's loose text.
/// </summary>
public sealed class CommentReader
{
    private static readonly HashSet<string> NeverRead = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "svg", "iframe", "canvas", "object", "embed", "button", "input", "select",
        "option", "textarea", "label", "link", "img", "picture", "video", "audio", "head", "title", "dialog",
    };

    private readonly CommentMarkup _markup;
    private readonly HtmlExtractionOptions _options;

    public CommentReader(HtmlExtractionOptions? options = null, CommentMarkup? markup = null)
    {
        _options = options ?? HtmlExtractionOptions.Default;
        _markup = markup ?? CommentMarkup.Default;
    }

    /// <summary>The page's comments in page order; the page is not changed.</summary>
    public IReadOnlyList<ReaderComment> Read(IDocument page)
    {
        if (page.Body is not { } body)
        {
            return [];
        }

        var comments = new List<ReaderComment>();
        foreach (var section in Sections(body))
        {
            foreach (var item in Items(section))
            {
                if (Comment(item) is { } comment && !comments.Contains(comment))
                {
                    comments.Add(comment);
                    if (comments.Count >= _options.MaxComments)
                    {
                        return comments;
                    }
                }
            }
        }

        return comments;
    }

    private bool Unread(IElement element) => Unread(element, _markup.Roles(element));

    /// <summary>Whether the element is never read, given its markup roles (<see cref="CommentMarkup.Roles"/>).</summary>
    private static bool Unread(IElement element, int roles)
        => NeverRead.Contains(element.LocalName) || TreeCleaner.IsHidden(element) || CommentMarkup.Has(roles, CommentRole.Hidden);

    /// <summary>The outermost comment sections (a section inside another is part of it).</summary>
    private List<IElement> Sections(IElement body)
    {
        var sections = new List<IElement>();
        var stack = new Stack<IElement>();
        Push(stack, body);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            var roles = _markup.Roles(element);
            if (Unread(element, roles) || CommentMarkup.Has(roles, CommentRole.Skip))
            {
                continue;
            }

            if (CommentMarkup.Has(roles, CommentRole.Section))
            {
                // A heading marked as the section ("<h2 id=comments>") only opens it: the comments follow it in its parent.
                sections.Add(HtmlTags.Headings.Contains(element.LocalName) && element.ParentElement is { } parent && parent != body ? parent : element);
                continue;
            }

            Push(stack, element);
        }

        return sections;
    }

    /// <summary>The comments of a section, in page order: each element marked as one (the section itself when it is), readable.</summary>
    private IEnumerable<IElement> Items(IElement section)
    {
        var stack = new Stack<IElement>();
        stack.Push(section);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            var roles = _markup.Roles(element);
            var item = CommentMarkup.Has(roles, CommentRole.Item);
            var skip = CommentMarkup.Has(roles, CommentRole.Skip);
            if (Unread(element, roles) || (element != section && skip && !item))
            {
                continue;
            }

            // A section marked as one comment is one only when no other comment is in it (a thread's box named "comment-wrapper").
            if (item && !skip
                && (element != section || !element.Descendants<IElement>().Any(e => _markup.Is(e, CommentRole.Item))))
            {
                yield return element;
            }

            Push(stack, element);
        }
    }

    /// <summary>One comment, or null for a wrapper that holds only other comments, or an item without text.</summary>
    private ReaderComment? Comment(IElement item)
    {
        // The comment's own elements: the item's subtree without the comments nested in it (replies) and what is never read.
        var own = new List<IElement>();
        var stack = new Stack<IElement>();
        Push(stack, item);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            var roles = _markup.Roles(element);
            if (Unread(element, roles) || CommentMarkup.Has(roles, CommentRole.Item))
            {
                continue;
            }

            own.Add(element);
            Push(stack, element);
        }

        var textElement = own.FirstOrDefault(e => _markup.Is(e, CommentRole.Text));
        var authorElement = own.FirstOrDefault(e => _markup.Is(e, CommentRole.Author) && (textElement is null || !textElement.Contains(e)));
        var text = textElement is not null
            ? BlockText(textElement, e => Unread(e) || _markup.Is(e, CommentRole.Skip) || _markup.Is(e, CommentRole.Item))
            : BlockText(item, e => Unread(e) || e != item && (_markup.Is(e, CommentRole.Item) || _markup.Is(e, CommentRole.Skip)
                || _markup.Is(e, CommentRole.Author) || _markup.Is(e, CommentRole.Date) || e.LocalName == "time"));
        if (text.Length < _options.MinCommentChars)
        {
            return null;
        }

        return new ReaderComment(Author(authorElement), Published(own, textElement), text);
    }

    private string? Author(IElement? byline)
    {
        if (byline is null)
        {
            return null;
        }

        // The name inside the byline when it is marked; else the byline without what is skipped ("says:").
        var named = byline.Descendants<IElement>().FirstOrDefault(e => _markup.Is(e, CommentRole.Name) && !Unread(e));
        var name = BlockText(named ?? byline, e => Unread(e) || _markup.Is(e, CommentRole.Skip) || _markup.Is(e, CommentRole.Date) || e.LocalName == "time")
            .Replace('\n', ' ')
            .Trim(' ', ':', '-', '–', '—', '|', ',');
        return name.Length is > 0 and var length && length <= _options.MaxCommentAuthorChars ? name : null;
    }

    private string? Published(List<IElement> own, IElement? textElement)
    {
        var patterns = DatePatterns.Plausible;
        foreach (var element in own)
        {
            if (textElement is not null && textElement.Contains(element))
            {
                continue;
            }

            if (element.LocalName == "time" && patterns.ParseIso(element.GetAttribute("datetime")) is { } stated)
            {
                return Format(stated);
            }
        }

        foreach (var element in own)
        {
            if (textElement is not null && textElement.Contains(element))
            {
                continue;
            }

            if (element.LocalName == "time" || _markup.Is(element, CommentRole.Date))
            {
                var said = element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? element.GetAttribute("title");
                if ((patterns.ParseIso(said) ?? patterns.First(NodeText.Collapsed(element, 200))) is { } date)
                {
                    return Format(date);
                }
            }
        }

        return null;
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The subtree's text, one line per block (paragraphs, line breaks), whitespace collapsed, leaving out what <paramref name="left"/> says.</summary>
    private static string BlockText(IElement root, Func<IElement, bool> left)
    {
        var sb = new StringBuilder();
        var stack = new Stack<(INode Node, bool Closing)>();
        stack.Push((root, false));
        while (stack.Count > 0)
        {
            var (node, closing) = stack.Pop();
            if (node is IText text)
            {
                NodeText.AppendCollapsed(sb, text.Data);
                continue;
            }

            if (node is not IElement element || (element != root && left(element)))
            {
                continue;
            }

            var block = HtmlTags.IsBlock(element.LocalName);
            if (block)
            {
                NewLine(sb);
            }

            if (closing)
            {
                continue;
            }

            if (block)
            {
                stack.Push((element, true));
            }

            var children = element.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--)
            {
                stack.Push((children[i], false));
            }
        }

        return string.Join('\n', sb.ToString().Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
    }

    private static void NewLine(StringBuilder sb)
    {
        while (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }

        if (sb.Length > 0 && sb[^1] != '\n')
        {
            sb.Append('\n');
        }
    }

    private static void Push(Stack<IElement> stack, IElement element)
    {
        // Indexed, not sibling links: AngleSharp finds a sibling by searching the parent's list (quadratic on wide pages).
        var children = element.ChildNodes;
        for (var i = children.Length - 1; i >= 0; i--)
        {
            if (children[i] is IElement child)
            {
                stack.Push(child);
            }
        }
    }
}
