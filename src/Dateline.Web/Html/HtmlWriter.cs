using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Dateline.Web.Security;
using Attr = Dateline.Web.Html.HtmlAttribute;

namespace Dateline.Web.Html;

/// <summary>
/// A tiny HTML builder that makes escaping the only way in: text and attribute values are always encoded, tag and
/// attribute names must be plain lower-case words, and there is no method that writes raw markup from a string.
/// Links to page-supplied URLs go through <see cref="ExternalLink"/>, which allows http(s) only.
/// </summary>
public sealed class HtmlWriter
{
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly HashSet<string> VoidTags = new(StringComparer.Ordinal) { "br", "hr", "img", "input", "link", "meta" };

    private readonly StringBuilder _sb = new(16 * 1024);
    private readonly Stack<string> _open = new();

    public HtmlWriter Doctype()
    {
        _sb.Append("<!DOCTYPE html>\n");
        return this;
    }

    /// <summary>Opens an element; attributes with a null value are left out, an empty value writes a bare attribute.</summary>
    public HtmlWriter Open(string tag, params HtmlAttribute[] attributes)
    {
        Start(tag, attributes);
        if (!VoidTags.Contains(tag))
        {
            _open.Push(tag);
        }

        return this;
    }

    public HtmlWriter Close(string tag)
    {
        if (_open.Count == 0 || _open.Peek() != tag)
        {
            throw new InvalidOperationException($"closing <{tag}> but <{(_open.Count == 0 ? "nothing" : _open.Peek())}> is open");
        }

        _open.Pop();
        _sb.Append("</").Append(tag).Append('>');
        return this;
    }

    /// <summary>A void element (input, meta, rect …).</summary>
    public HtmlWriter Void(string tag, params HtmlAttribute[] attributes)
    {
        Start(tag, attributes);
        return this;
    }

    /// <summary>An element with text content.</summary>
    public HtmlWriter Element(string tag, string? text, params HtmlAttribute[] attributes)
    {
        Open(tag, attributes);
        Text(text);
        return Close(tag);
    }

    public HtmlWriter Text(string? text)
    {
        if (!string.IsNullOrEmpty(text))
        {
            Encoder.Encode(new StringWriter(_sb), text);
        }

        return this;
    }

    public HtmlWriter Text(ReadOnlySpan<char> text) => Text(text.ToString());

    /// <summary>A link inside this site; <paramref name="href"/> is built by us (see <see cref="Href"/>), still encoded.</summary>
    public HtmlWriter Link(string href, string? text, string? cssClass = null, string? title = null)
        => Element("a", text, new Attr("href", href), new Attr("class", cssClass), new Attr("title", title));

    /// <summary>A URL from a page: an http(s) link that cannot reach back to this window, or plain text for anything else.</summary>
    public HtmlWriter ExternalLink(string? url, string? text = null)
    {
        if (SafeUrl.Http(url) is { } uri)
        {
            return Element("a", text ?? uri.AbsoluteUri, new Attr("href", uri.AbsoluteUri), new Attr("rel", "noopener noreferrer nofollow"), new Attr("target", "_blank"), new Attr("class", "external"));
        }

        return Element("span", text is null ? url : $"{text} ({url})", new Attr("class", "unsafe-url"));
    }

    public override string ToString()
    {
        if (_open.Count > 0)
        {
            throw new InvalidOperationException($"unclosed <{_open.Peek()}>");
        }

        return _sb.ToString();
    }

    private void Start(string tag, HtmlAttribute[] attributes)
    {
        // Check every name before writing anything, so a refused call leaves no half-written tag behind.
        CheckName(tag, allowUpper: false);
        foreach (var a in attributes)
        {
            CheckName(a.Name, allowUpper: true);
        }

        _sb.Append('<').Append(tag);
        foreach (var a in attributes)
        {
            if (a.Value is null)
            {
                continue;
            }

            _sb.Append(' ').Append(a.Name);
            if (a.Value.Length > 0)
            {
                _sb.Append("=\"");
                Encoder.Encode(new StringWriter(_sb), a.Value);
                _sb.Append('"');
            }
        }

        _sb.Append('>');
    }

    /// <summary>Names are ours, never from page content; refusing anything else keeps a mistake from becoming markup.</summary>
    private static void CheckName(string name, bool allowUpper)
    {
        // Upper case only for SVG's camelCase attributes (viewBox); event handler attributes (on…) never.
        if (name.Length == 0 || !name.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-' || (allowUpper && c is >= 'A' and <= 'Z'))
            || name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{name}' is not an allowed tag or attribute name", nameof(name));
        }
    }
}
