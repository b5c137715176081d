using AngleSharp.Dom;

namespace Dateline.Extraction.Metadata;

/// <summary>The page's &lt;meta&gt; values by lower-case name, property or itemprop; the first value of a key wins, the others are kept for keys given once per item (one "dc.creator" per author).</summary>
public sealed class MetaTags
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<string>> _repeated = new(StringComparer.OrdinalIgnoreCase);

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
                    var name = key.Trim();
                    if (!_values.TryAdd(name, content.Trim()))
                    {
                        if (!_repeated.TryGetValue(name, out var all))
                        {
                            _repeated[name] = all = [_values[name]];
                        }

                        all.Add(content.Trim());
                    }
                }
            }
        }
    }

    /// <summary>Every value of the key, in page order.</summary>
    public IReadOnlyList<string> GetEvery(string key)
        => _repeated.TryGetValue(key, out var all) ? all : _values.TryGetValue(key, out var value) ? [value] : [];

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
