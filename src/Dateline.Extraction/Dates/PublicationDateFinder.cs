using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Dateline.Core.Text;
using Dateline.Extraction.Metadata;

namespace Dateline.Extraction.Dates;

/// <summary>
/// Finds when a page was first published, in the manner of htmldate: the most explicit evidence first (JSON-LD,
/// publication meta tags, marked-up time elements), then a full date in the page URL, then dates shown in elements
/// whose class says "date", then dates introduced by words like "published", then the first date in the visible
/// text. Dates after "updated" are modification dates. Only when the page shows no date at all is the data of its
/// scripts read, for a publication key ("datePublished", "published_at", "createdAt").
/// </summary>
public sealed partial class PublicationDateFinder
{
    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "noscript", "template", "svg", "head", "select", "option", "textarea" };

    private readonly DateHints _hints;
    private readonly DatePatterns _patterns;

    public PublicationDateFinder(DateOnly latest, DateHints? hints = null)
    {
        _hints = hints ?? DateHints.Default;
        _patterns = new DatePatterns(new DateOnly(1995, 1, 1), latest);
        _dateId = new BoundedMemo<bool>(_hints.DateClass.IsMatch, MaxRemembered);
        _dateClasses = new BoundedMemo<bool>(classes => classes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(_hints.DateClass.IsMatch), MaxRemembered);
        _ignoredId = new BoundedMemo<bool>(_hints.Ignore.IsMatch, MaxRemembered);
        _ignoredClasses = new BoundedMemo<bool>(classes => classes.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(_hints.Ignore.IsMatch), MaxRemembered);
    }

    // What the date hints say of an id and of a class attribute (any of its names). The walks for dated and ignored
    // elements ask it of every element of the page, and pages reuse a small vocabulary of names, so the answers are kept
    // (bounded) instead of splitting the attribute and running the hints per name per element (as the class hints do).
    private const int MaxRemembered = 100_000;
    private readonly BoundedMemo<bool> _dateId;
    private readonly BoundedMemo<bool> _dateClasses;
    private readonly BoundedMemo<bool> _ignoredId;
    private readonly BoundedMemo<bool> _ignoredClasses;

    /// <summary>
    /// The page's dates; <paramref name="publishedMarkup"/> are its elements marked as the publication date
    /// (`[itemprop='datePublished'], [itemprop='dateCreated'], time[pubdate]`, in page order), found by the caller's walk.
    /// </summary>
    public PublicationDates Find(IDocument page, MetaTags meta, JsonLdArticle jsonLd, string? url, IReadOnlyList<IElement> publishedMarkup)
    {
        var dayFirst = !(page.DocumentElement?.GetAttribute("lang") ?? string.Empty).StartsWith("en", StringComparison.OrdinalIgnoreCase);
        var modified = _patterns.ParseIso(jsonLd.DateModified) ?? FirstMeta(meta, _hints.ModifiedMeta);
        var (published, evidence) = Published(page, meta, jsonLd, url, dayFirst, publishedMarkup);
        return new PublicationDates(published, modified, evidence);
    }

    private (DateOnly?, string?) Published(IDocument page, MetaTags meta, JsonLdArticle jsonLd, string? url, bool dayFirst, IReadOnlyList<IElement> publishedMarkup)
    {
        var (stated, statedValue) = _patterns.ParseIso(jsonLd.DatePublished) is { } ld ? (ld, jsonLd.DatePublished) : FirstMetaValue(meta, _hints.PublishedMeta);
        if (stated is { } structured)
        {
            // A time stamp in UTC may fall on the next or previous day from the page's own; a date the page shows
            // (in its URL or a date element) one day off is the day as the page states it.
            if (IsUtc(statedValue) && (_patterns.FromUrl(url) ?? (page.Body is { } b ? ClassHinted(b, dayFirst) : null)) is { } shown
                && Math.Abs(shown.DayNumber - structured.DayNumber) == 1)
            {
                return (shown, "shown-local");
            }

            return (structured, jsonLd.DatePublished is not null && stated == _patterns.ParseIso(jsonLd.DatePublished) ? "json-ld" : "meta");
        }

        foreach (var element in publishedMarkup)
        {
            var value = element.GetAttribute("content") ?? element.GetAttribute("datetime") ?? element.TextContent;
            if ((_patterns.ParseIso(value) ?? _patterns.First(value, dayFirst)) is { } marked)
            {
                return (marked, "itemprop");
            }
        }

        if (_patterns.FromUrl(url) is { } fromUrl)
        {
            return (fromUrl, "url");
        }

        if (page.Body is not { } body)
        {
            return (null, null);
        }

        var classed = ClassHinted(body, dayFirst);
        if (classed is not null)
        {
            return (classed, "class");
        }

        foreach (var time in body.QuerySelectorAll("time[datetime]"))
        {
            if (!Ignored(time) && _patterns.ParseIso(time.GetAttribute("datetime")) is { } t && !AfterModifiedPhrase(time))
            {
                return (t, "time");
            }
        }

        var text = VisibleText(body);
        DateOnly? firstInText = null;
        foreach (var match in _patterns.FindAll(text, dayFirst))
        {
            var before = text.AsSpan(Math.Max(0, match.Index - 40), Math.Min(40, match.Index)).ToString();
            if (_hints.ModifiedPhrase.IsMatch(before))
            {
                continue;
            }

            if (_hints.IntroPhrase.IsMatch(before))
            {
                return (match.Date, "phrase");
            }

            firstInText ??= match.Date;
        }

        if (firstInText is not null)
        {
            return (firstInText, "text");
        }

        // A page that shows no date may still carry its publication time in the data its scripts read.
        return ScriptData(page) is { } fromData ? (fromData, "script-data") : (null, null);
    }

    /// <summary>The first publication key with a date in script text or in JSON-valued attributes (data-props="{…}").</summary>
    private DateOnly? ScriptData(IDocument page)
    {
        foreach (var element in page.All)
        {
            if (element.LocalName == "script" && element.GetAttribute("type") is not "application/ld+json"
                && FromPublicationKey(element.TextContent) is { } inScript)
            {
                return inScript;
            }

            foreach (var attribute in element.Attributes)
            {
                if (attribute.Value.StartsWith('{') && FromPublicationKey(attribute.Value) is { } inAttribute)
                {
                    return inAttribute;
                }
            }
        }

        return null;
    }

    private DateOnly? FromPublicationKey(string data)
    {
        foreach (Match m in PublicationKey().Matches(data))
        {
            if (_patterns.ParseIso(m.Groups["v"].Value) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private DateOnly? ClassHinted(IElement body, bool dayFirst)
    {
        var stack = new Stack<IElement>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            var element = stack.Pop();

            // The id and the class attribute read once for both questions (each was read twice per element).
            var id = element.Id;
            var classes = element.GetAttribute("class");
            if (Invisible.Contains(element.LocalName) || IsIgnored(id, classes))
            {
                continue;
            }

            if (element != body && HasDateClass(id, classes))
            {
                if (DateAttribute(element) is { } fromAttr)
                {
                    return fromAttr;
                }

                var text = NodeTextOf(element, 300);
                if (text.Length < 300 && !_hints.ModifiedPhrase.IsMatch(text[..Math.Min(text.Length, 25)]))
                {
                    foreach (var match in _patterns.FindAll(text, dayFirst))
                    {
                        var before = text[..match.Index];
                        if (!_hints.ModifiedPhrase.IsMatch(before))
                        {
                            return match.Date;
                        }
                    }
                }
            }

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

        return null;
    }

    /// <summary>
    /// A date an element states in its attributes: datetime or content, a title (a relative "2 hours ago" shown with
    /// the full date as its tooltip), or a data attribute named for a date or time (data-date-time="…").
    /// </summary>
    private DateOnly? DateAttribute(IElement element)
    {
        if ((_patterns.ParseIso(element.GetAttribute("datetime")) ?? _patterns.ParseIso(element.GetAttribute("content"))) is { } stated)
        {
            return stated;
        }

        foreach (var attribute in element.Attributes)
        {
            var name = attribute.Name;
            var dateNamed = name == "title" || (name.StartsWith("data-", StringComparison.Ordinal)
                && (name.Contains("date", StringComparison.Ordinal) || name.Contains("time", StringComparison.Ordinal) || name.Contains("publish", StringComparison.Ordinal)));
            if (dateNamed && attribute.Value.Length <= 60 && _patterns.ParseIso(attribute.Value) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>Whether an element's id or class attribute says "date".</summary>
    private bool HasDateClass(string? id, string? classes)
        => (id is { Length: > 0 } && _dateId[id]) || (classes is not null && _dateClasses[classes]);

    private bool IsIgnored(IElement element) => IsIgnored(element.Id, element.GetAttribute("class"));

    /// <summary>Whether an element's id or class attribute marks it as ignored (a comment, a related story).</summary>
    private bool IsIgnored(string? id, string? classes)
        => (id is { Length: > 0 } && _ignoredId[id]) || (classes is not null && _ignoredClasses[classes]);

    private bool Ignored(IElement element)
    {
        for (var e = element; e is not null; e = e.ParentElement)
        {
            if (IsIgnored(e))
            {
                return true;
            }
        }

        return false;
    }

    private bool AfterModifiedPhrase(IElement time)
    {
        var before = time.PreviousSibling?.TextContent ?? time.ParentElement?.PreviousSibling?.TextContent ?? string.Empty;
        return _hints.ModifiedPhrase.IsMatch(before.Length > 40 ? before[^40..] : before);
    }

    private static bool IsUtc(string? value)
    {
        var v = value?.Trim() ?? string.Empty;
        return v.Length > 10 && (v.EndsWith('Z') || v.EndsWith("+00:00", StringComparison.Ordinal) || v.EndsWith("+0000", StringComparison.Ordinal));
    }

    private (DateOnly?, string?) FirstMetaValue(MetaTags meta, IReadOnlyList<string> keys)
    {
        foreach (var key in keys)
        {
            var value = meta.Get(key);
            if (_patterns.ParseIso(value) is { } date)
            {
                return (date, value);
            }
        }

        return (null, null);
    }

    private DateOnly? FirstMeta(MetaTags meta, IReadOnlyList<string> keys)
    {
        foreach (var key in keys)
        {
            if (_patterns.ParseIso(meta.Get(key)) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    private static string NodeTextOf(IElement element, int max)
    {
        var sb = new StringBuilder();
        foreach (var text in Html.NodeTextAccess.Texts(element))
        {
            Html.NodeTextAccess.AppendCollapsed(sb, text.Data);
            sb.Append(' ');
            if (sb.Length > max)
            {
                break;
            }
        }

        return sb.ToString().Trim();
    }

    /// <summary>The visible text, one line per text node, scripts and archive toolbars left out.</summary>
    private string VisibleText(IElement body)
    {
        var sb = new StringBuilder();
        var stack = new Stack<INode>();
        stack.Push(body);
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (node is IText text)
            {
                Html.NodeTextAccess.AppendCollapsed(sb, text.Data);
                sb.Append(' ');
                continue;
            }

            if (node is IElement e && (Invisible.Contains(e.LocalName) || IsIgnored(e)))
            {
                continue;
            }

            // Indexed, not sibling links: AngleSharp finds a sibling by searching the parent's list (quadratic on wide pages).
            var childNodes = node.ChildNodes;
            for (var i = childNodes.Length - 1; i >= 0; i--)
            {
                var child = childNodes[i];
                if (child is IText or IElement)
                {
                    stack.Push(child);
                }
            }
        }

        return sb.ToString();
    }

    [GeneratedRegex(@"[""'](?:datePublished|dateCreated|published_?[aA]t|publish_?[dD]ate|publicationDate|pubDate|firstPublished\w*|created_?[aA]t)[""']\s*:\s*[""'](?<v>[^""']{8,40})[""']", RegexOptions.CultureInvariant)]
    private static partial Regex PublicationKey();
}
