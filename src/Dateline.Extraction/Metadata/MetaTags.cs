using AngleSharp.Dom;

namespace Dateline.Extraction.Metadata;

/// <summary>The page's &lt;meta&gt; values by lower-case name, property or itemprop; the first value of a key wins.</summary>
public sealed class MetaTags
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public MetaTags(IDocument page)
        : this(page.QuerySelectorAll("meta"))
    {
    }

    /// <summary>The values of the page's meta elements, given in page order (found by a walk the caller makes anyway).</summary>
    internal MetaTags(IEnumerable<IElement> metas)
    {
        foreach (var meta in metas)
        {
            var content = meta.GetAttribute("content");
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            foreach (var attribute in (string[])["property", "name", "itemprop", "http-equiv"])
            {
                if (meta.GetAttribute(attribute) is { Length: > 0 } key)
                {
                    _values.TryAdd(key.Trim(), content.Trim());
                }
            }
        }
    }

    /// <summary>The value of the first of the keys the page has.</summary>
    public string? Get(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var value))
            {
                return value;
            }
        }

        return null;
    }
}
