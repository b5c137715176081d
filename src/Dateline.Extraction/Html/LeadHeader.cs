using AngleSharp.Dom;

namespace Dateline.Extraction.Html;

/// <summary>
/// The article header kept by <see cref="TreeCleaner"/> for its lead sits beside the body container more often than
/// inside it (article > header + div.body). This finds such a header just before the chosen containers so the lead
/// opens the body; the block filter then drops its headline, byline and dates as it does inside the body.
/// </summary>
public static class LeadHeader
{
    /// <summary>The chosen containers, preceded by the nearest header in (or under) a sibling before an ancestor of the first one.</summary>
    public static IReadOnlyList<IElement> Prepend(IReadOnlyList<IElement> containers, int levels)
    {
        if (containers.Count == 0)
        {
            return containers;
        }

        var node = containers[0];
        for (var level = 0; level < levels && node.ParentElement is { } parent && parent.LocalName is not ("body" or "html"); level++)
        {
            var siblings = parent.Children;
            for (var i = siblings.Length - 1; i >= 0; i--)
            {
                if (siblings[i] != node)
                {
                    continue;
                }

                for (var j = i - 1; j >= 0; j--)
                {
                    var header = siblings[j].LocalName == "header" ? siblings[j] : siblings[j].QuerySelectorAll("header").LastOrDefault();
                    if (header is not null && NodeText.Length(header) > 0)
                    {
                        return [header, .. containers];
                    }
                }

                break;
            }

            node = parent;
        }

        return containers;
    }
}
