using AngleSharp.Dom;

namespace Dateline.Extraction.Html;

/// <summary>
/// Finds the main content container of a cleaned page, in the manner of Readability: every text holder (a paragraph,
/// or a container with enough text of its own) scores by length and commas; the score flows to its ancestors,
/// diminishing with distance; containers are weighted by tag and class hints and discounted by link density. The best
/// container is widened to a common ancestor of near-best ones and joined by siblings that score well or read as prose.
/// </summary>
public sealed class ContentScorer
{
    private static readonly HashSet<string> ParagraphTags = new(StringComparer.OrdinalIgnoreCase) { "p", "pre", "td", "blockquote" };

    private const string HeadingSelector = "h1, h2, h3, h4, h5, h6";

    // Boxes whose text is no standfirst, and elements inside which no described lead is looked for.
    private static readonly HashSet<string> NotStandfirstFrames = new(StringComparer.OrdinalIgnoreCase) { "figure", "figcaption", "li", "aside", "blockquote" };
    private static readonly HashSet<string> NotDescribedLeadFrames = new(StringComparer.OrdinalIgnoreCase) { "a", "figure", "li" };

    private static readonly HashSet<string> InlineHolderTags = new(StringComparer.OrdinalIgnoreCase)
    {
        "div", "section", "article", "main", "span", "font", "center", "li", "dd", "body",
    };

    private readonly HtmlExtractionOptions _options;
    private readonly ClassHints _hints;

    public ContentScorer(HtmlExtractionOptions options, ClassHints? hints = null)
    {
        _options = options;
        _hints = hints ?? ClassHints.Default;
    }

    /// <summary>Chooses the body containers; <paramref name="description"/> is the page's own summary (meta description), which marks its standfirst.</summary>
    public ContentSelection? Select(IElement body, bool useClassWeights, string? description = null)
    {
        var stats = new TreeStatistics(body, _options.ProseParagraphChars);
        var scores = new Dictionary<IElement, double>();
        var order = new List<IElement>();
        foreach (var element in Descendants(body))
        {
            var s = stats[element];
            int length, commas;
            if (ParagraphTags.Contains(element.LocalName))
            {
                // A paragraph nested in a scored paragraph (p inside blockquote) counts once, at the inner level.
                if (element.LocalName is "blockquote" or "td" && HasParagraphChild(element))
                {
                    continue;
                }

                (length, commas) = (s.Text, s.Commas);
            }
            else if (InlineHolderTags.Contains(element.LocalName))
            {
                (length, commas) = (s.InlineText, s.InlineCommas);
            }
            else
            {
                continue;
            }

            if (length < _options.MinScoredChars)
            {
                continue;
            }

            var score = 1.0 + commas + Math.Min(length / 100, 3);

            // A container scored for its own text is its own first candidate.
            var level = 0;
            var target = ParagraphTags.Contains(element.LocalName) ? element.ParentElement : element;
            while (target is not null && level < _options.ScoredAncestorLevels)
            {
                if (!scores.ContainsKey(target))
                {
                    scores[target] = InitialScore(target, useClassWeights);
                    order.Add(target);
                }

                var divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores[target] += score / divider;
                if (target == body)
                {
                    break;
                }

                target = target.ParentElement;
                level++;
            }
        }

        if (order.Count == 0)
        {
            return null;
        }

        var final = new Dictionary<IElement, double>(order.Count);
        foreach (var candidate in order)
        {
            final[candidate] = scores[candidate] * (1 - stats[candidate].LinkDensity);
        }

        var ranked = order.OrderByDescending(c => final[c]).ToList();
        var top = ranked[0];
        var topScore = final[top];

        // Several near-best containers under one ancestor mean the article is split: take the ancestor.
        var near = ranked.Skip(1).Take(4).Where(c => final[c] / topScore >= _options.AlternativeCandidateShare).ToList();
        if (near.Count >= 2)
        {
            for (var parent = top.ParentElement; parent is not null && parent != body.ParentElement; parent = parent.ParentElement)
            {
                if (near.Count(c => parent.Contains(c)) >= 2)
                {
                    top = parent;
                    break;
                }
            }
        }

        // Climb while the parent scores better, as a container whose children split the text does.
        var last = final.GetValueOrDefault(top);
        var threshold = last / 3;
        for (var parent = top.ParentElement; parent is not null && parent != body && parent != body.ParentElement; parent = parent.ParentElement)
        {
            if (!final.TryGetValue(parent, out var parentScore))
            {
                continue;
            }

            if (parentScore < threshold)
            {
                break;
            }

            if (parentScore > last)
            {
                top = parent;
                break;
            }

            last = parentScore;
        }

        while (top.ParentElement is { } only && only != body && only.ChildElementCount == 1)
        {
            top = only;
        }

        top = FirstOfSeveralArticles(Expand(top, body, stats), body, stats);
        var selected = WithSiblings(top, final, stats);
        var leads = Standfirst(selected[0], body, stats, useClassWeights);
        var describedLead = false;
        if (leads.Count == 0 && DescribedLead(selected, body, stats, description) is { } described)
        {
            leads.Add(described);
            describedLead = true;
        }

        return new ContentSelection([.. leads, .. selected], final.GetValueOrDefault(top, topScore)) { OpensWithDescribedLead = describedLead };
    }

    /// <summary>
    /// Widens the container while an ancestor adds much running text without adding links: articles split into
    /// several chunks (between ad slots) are whole only at a common ancestor.
    /// </summary>
    private IElement Expand(IElement top, IElement body, TreeStatistics stats)
    {
        var grown = true;
        while (grown)
        {
            grown = false;
            var current = stats[top];
            var parent = top.ParentElement;
            for (var level = 0; level < _options.ExpandLookahead && parent is not null && parent != body && parent != body.ParentElement; level++, parent = parent.ParentElement)
            {
                // Wrappers that add nothing (a grid cell around the text) are looked through, not stopped at.
                var wider = stats[parent];
                var gain = wider.Prose - current.Prose;
                if (wider.LinkDensity > current.LinkDensity + _options.ExpandMaxLinkDensityRise)
                {
                    break;
                }

                if (gain >= _options.ExpandMinProseGain && gain >= current.Prose * _options.ExpandMinProseShare)
                {
                    top = parent;
                    grown = true;
                    break;
                }
            }
        }

        return top;
    }

    /// <summary>
    /// A page with several &lt;article&gt; elements that hold prose (a blog's front page, a post followed by others
    /// in full, comments marked up as articles) has one article per element, and the page's own comes first, as
    /// trafilatura also assumes. When the chosen container is another of them, holds several or sits in another,
    /// the first of them with prose of its own is taken instead.
    /// </summary>
    private IElement FirstOfSeveralArticles(IElement top, IElement body, TreeStatistics stats)
    {
        var articles = body.GetElementsByTagName("article").Where(a => stats[a].Prose >= _options.ExpandMinProseGain).ToList();
        if (articles.Count < 2)
        {
            return top;
        }

        // An article whose prose comes from the articles nested in it is a wrapper of posts, not a post; teasers
        // nested in a post with prose of its own leave it a post.
        var first = articles.FirstOrDefault(a => OwnProse(a, articles, stats) >= _options.ExpandMinProseGain);
        if (first is null)
        {
            return top;
        }

        if (first == top || first.Contains(top))
        {
            return top; // already the page's own article, or a part of it that scored as the body
        }

        var concerned = articles.Any(a => a == top || a.Contains(top)) || articles.Count(top.Contains) >= 2;
        return concerned ? first : top;
    }

    /// <summary>
    /// The standfirst (lead, teaser text, abstract) often sits outside the body container, between the headline and
    /// the body: the paragraphs read as prose in that stretch are kept before the body. The headline is the last
    /// &lt;h1&gt; before the container; it and the container must meet within <see cref="HtmlExtractionOptions.StandfirstLevels"/>
    /// levels above the container, so a headline elsewhere on the page does not pull in the page's chrome.
    /// </summary>
    private List<IElement> Standfirst(IElement first, IElement body, TreeStatistics stats, bool useHints)
    {
        IElement? headline = null;
        foreach (var h1 in body.GetElementsByTagName("h1"))
        {
            if (!h1.Contains(first) && !first.Contains(h1) && h1.CompareDocumentPosition(first).HasFlag(DocumentPositions.Following))
            {
                headline = h1;
            }
        }

        // Without a headline near the container (often removed with the page header), the stretch starts at the
        // ancestor StandfirstLevelsWithoutHeadline above it.
        IElement? common = first.ParentElement;
        for (var level = 1; headline is not null && common is not null && !common.Contains(headline); level++)
        {
            common = level < _options.StandfirstLevels && common != body ? common.ParentElement : null;
        }

        if (common is null || headline is null)
        {
            if (!useHints)
            {
                return [];
            }

            headline = null;
            common = first;
            for (var level = 0; level < _options.StandfirstLevelsWithoutHeadline && common.ParentElement is { } up && up != body; level++)
            {
                common = up;
            }

            if (common == first)
            {
                return [];
            }
        }

        var leads = new List<IElement>();
        var after = headline is null;
        Collect(common);
        return leads.Count <= _options.StandfirstMaxBlocks ? leads : [];

        // Document-order walk of the stretch between the headline and the container.
        bool Collect(IElement element)
        {
            if (element == first)
            {
                return false; // the container: the stretch ends
            }

            if (element == headline)
            {
                after = true;
                return true;
            }

            if (after && IsLead(element))
            {
                leads.Add(element);
                return true;
            }

            var children = element.ChildNodes;
            for (var i = 0; i < children.Length; i++)
            {
                if (children[i] is IElement child && !Collect(child))
                {
                    return false;
                }
            }

            return true;
        }

        // Without the headline as anchor, the lead must say it is one (class or id, Data/html-class-hints.txt).
        bool MarkedAsLead(IElement element)
        {
            for (var e = element; e is not null && e != common; e = e.ParentElement)
            {
                if (_hints.IsLead(e))
                {
                    return true;
                }
            }

            return false;
        }

        bool IsLead(IElement element)
        {
            // A blockquote before the body is a pull quote, not a lead.
            if (element.LocalName is not ("p" or "div" or "section"))
            {
                return false;
            }

            var s = stats[element];
            var own = element.LocalName == "p" ? s.Text : s.InlineText;
            if (headline is null && !MarkedAsLead(element))
            {
                return false;
            }

            return own >= _options.StandfirstMinChars && own == s.Text && s.LinkText * 4 < s.Text && ClosesSentence(element)
                && HtmlTags.Closest(element, NotStandfirstFrames) is null;
        }
    }

    /// <summary>
    /// The standfirst the page's own summary names: the last element before the body whose text is the meta
    /// description (or a start of it, or starts with it), wherever it sits (a hero box, a subheading, a header kept for
    /// its lead). The page says this text summarises the article, so no sentence or class evidence is asked for.
    /// Nothing is added when the body already holds the text.
    /// </summary>
    private IElement? DescribedLead(List<IElement> selected, IElement body, TreeStatistics stats, string? description)
    {
        var wanted = Squeezed(description);
        if (wanted.Length < _options.StandfirstMinChars)
        {
            return null;
        }

        var prefix = wanted[..Math.Min(wanted.Length, _options.StandfirstMinChars)];
        if (selected.Any(e => Squeezed(e.TextContent).Contains(prefix, StringComparison.Ordinal)))
        {
            return null;
        }

        IElement? found = null;
        var first = selected[0];

        // The elements come in document order, so while the first selected element lies inside the body, everything
        // before it precedes it or contains it: the walk ends at it, and its ancestors are the elements that contain it
        // (asked once, not a document-position comparison and a containment walk per element: 1.8 % of the bench, bench/README.md).
        var containsFirst = new HashSet<IElement>();
        for (var e = first.ParentElement; e is not null; e = e.ParentElement)
        {
            containsFirst.Add(e);
        }

        var firstInBody = containsFirst.Contains(body);
        foreach (var element in body.QuerySelectorAll("*"))
        {
            if (element == first || (!firstInBody && (first.Contains(element) || !element.CompareDocumentPosition(first).HasFlag(DocumentPositions.Following))))
            {
                break;
            }

            if (containsFirst.Contains(element) || stats[element].Text > wanted.Length * 2 || element.LocalName is "a" or "li" or "blockquote"
                || HtmlTags.Closest(element, NotDescribedLeadFrames) is not null)
            {
                continue;
            }

            // A heading is a standfirst only when marked as one or long as a paragraph: news decks set as subheadings
            // are left out (HTML dev). A box whose paragraphs under their sub-headings read as the description (an
            // abstract of "Purpose", "Findings" and "Summary") is the standfirst with its sub-headings.
            var withoutHeadings = false;
            if ((HtmlTags.Closest(element, HtmlTags.Headings) ?? element.QuerySelector(HeadingSelector)) is { } heading && !_hints.IsLead(heading) && !_hints.IsLead(element)
                && stats[heading].Text < _options.DescribedHeadingMinChars)
            {
                if (HtmlTags.Closest(element, HtmlTags.Headings) is not null)
                {
                    continue;
                }

                withoutHeadings = true;
            }

            var text = withoutHeadings ? Squeezed(string.Concat(NodeText.Texts(element).Where(t => (t.ParentElement is not { } parent || HtmlTags.Closest(parent, HtmlTags.Headings) is null)).Select(t => t.Data)))
                : Squeezed(element.TextContent);
            var shorter = Math.Min(text.Length, wanted.Length);
            if (shorter >= _options.StandfirstMinChars && shorter * 10 >= Math.Max(text.Length, wanted.Length) * _options.DescribedLeadMinShare
                && (text.StartsWith(wanted[..shorter], StringComparison.Ordinal)))
            {
                found = element; // document order: the deepest element of the last match wins
            }
        }

        return found;
    }

    /// <summary>The text without whitespace and without a trailing ellipsis (summaries are often cut short).</summary>
    private static string Squeezed(string? text) => NodeText.Squeezed(text).TrimEnd('…', '.');

    private static int OwnProse(IElement article, List<IElement> articles, TreeStatistics stats)
    {
        var nested = articles.Where(n => n != article && article.Contains(n)).ToList();
        var outermost = nested.Where(n => !nested.Any(m => m != n && m.Contains(n)));
        return stats[article].Prose - outermost.Sum(n => stats[n].Prose);
    }

    private List<IElement> WithSiblings(IElement top, Dictionary<IElement, double> final, TreeStatistics stats)
    {
        var parent = top.ParentElement;
        if (parent is null || top.LocalName is "body")
        {
            return [top];
        }

        var topScore = final.GetValueOrDefault(top);
        var threshold = Math.Max(10, topScore * _options.SiblingScoreShare);
        var topClass = top.GetAttribute("class") ?? string.Empty;
        var selected = new List<IElement>();
        var childNodes = parent.ChildNodes;
        for (var i = 0; i < childNodes.Length; i++)
        {
            if (childNodes[i] is not IElement sibling)
            {
                continue;
            }

            if (sibling == top)
            {
                selected.Add(sibling);
                continue;
            }

            if (top.LocalName == "article" && sibling.LocalName == "article")
            {
                continue; // another post of a listing, not more of this one
            }

            var bonus = topClass.Length > 0 && sibling.GetAttribute("class") == topClass ? topScore * 0.2 : 0;
            if (final.TryGetValue(sibling, out var score) && score + bonus >= threshold)
            {
                selected.Add(sibling);
                continue;
            }

            if (sibling.LocalName == "p")
            {
                var s = stats[sibling];
                var text = s.Text;
                if ((text > 80 && s.LinkDensity < 0.25) || (text > 0 && text <= 80 && s.LinkText == 0 && EndsSentence(sibling)))
                {
                    selected.Add(sibling);
                }
            }
        }

        return selected;
    }

    /// <summary>
    /// The text's last mark (closing quotes aside) ends a sentence: a caption's "(Photo: …)" does not, nor does a
    /// teaser cut short with an ellipsis.
    /// </summary>
    private static bool ClosesSentence(IElement element)
    {
        var text = element.TextContent.TrimEnd().TrimEnd('"', '\'', '”', '“', '»', '«', '’');
        return text.Length > 0 && text[^1] is '.' or '!' or '?' or '。' or '！' or '？' && !text.EndsWith("..", StringComparison.Ordinal);
    }

    private static bool EndsSentence(IElement element)
    {
        var text = element.TextContent.TrimEnd();
        return text.EndsWith('.') || text.Contains(". ", StringComparison.Ordinal);
    }

    private double InitialScore(IElement element, bool useClassWeights)
    {
        double score = element.LocalName switch
        {
            "div" or "article" or "main" => 5,
            "pre" or "td" or "blockquote" => 3,
            "address" or "ol" or "ul" or "dl" or "dd" or "dt" or "li" or "form" => -3,
            "h1" or "h2" or "h3" or "h4" or "h5" or "h6" or "th" => -5,
            _ => 0,
        };
        if (element.GetAttribute("itemprop") is { } itemprop && itemprop.Contains("articleBody", StringComparison.OrdinalIgnoreCase))
        {
            score += _options.ClassWeight;
        }

        return useClassWeights ? score + (_hints.Weight(element) * _options.ClassWeight) : score;
    }

    private static bool HasParagraphChild(IElement element)
    {
        var childNodes = element.ChildNodes;
        for (var i = 0; i < childNodes.Length; i++)
        {
            if (childNodes[i] is not IElement child)
            {
                continue;
            }

            if (child.LocalName is "p" or "div" or "pre")
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<IElement> Descendants(IElement root)
    {
        var stack = new Stack<IElement>();
        stack.Push(root);
        while (stack.Count > 0)
        {
            var element = stack.Pop();
            yield return element;

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
}
