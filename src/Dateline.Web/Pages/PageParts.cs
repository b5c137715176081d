using Dateline.Core.Layers;
using Dateline.Web.Html;
using Dateline.Web.Security;
using Attr = Dateline.Web.Html.HtmlAttribute;

namespace Dateline.Web.Pages;

/// <summary>
/// Writes what layers ask the article page for (<see cref="PageText"/>, <see cref="PagePanel"/>, links) as HTML. Text
/// is always escaped by <see cref="HtmlWriter"/>; class and data-attribute names from layers are reduced to safe
/// characters; links go only where <see cref="Href"/> or <see cref="SafeUrl"/> allow.
/// </summary>
internal static class PageParts
{
    public static void Text(HtmlWriter w, PageText part, ArticleView view)
    {
        if (part.Text.Length == 0)
        {
            return;
        }

        var cssClass = Classes(part.Class);
        if (part.Link is { Kind: PageLinkKind.External } external)
        {
            w.ExternalLink(external.Target, part.Text);
        }
        else if (Href(part.Link, view) is { } href)
        {
            w.Link(href, part.Text, cssClass);
        }
        else
        {
            w.Element(part.OwnLine ? "div" : "span", part.Text, new Attr("class", cssClass));
        }
    }

    public static void Panel(HtmlWriter w, PagePanel panel, ArticleView view)
    {
        if (panel.Items.Count == 0 && panel.EmptyText is null)
        {
            return;
        }

        var cssClass = Classes(panel.Class);
        if (panel.Place == PanelPlace.Side)
        {
            w.Element("h2", panel.Heading);
            Items(w, panel, view, cssClass);
            return;
        }

        var container = panel.Summary is null ? "section" : "details";
        w.Open(container, new Attr("class", cssClass));
        if (panel.Summary is { } summary)
        {
            w.Element("summary", summary);
        }
        else
        {
            w.Element("h2", panel.Heading);
        }

        Items(w, panel, view, null);
        w.Close(container);
    }

    /// <summary>The address of an internal link: an entity's page (when the store knows its key) or a stored article.</summary>
    public static string? Href(PageLink? link, ArticleView view) => link switch
    {
        { Kind: PageLinkKind.Entity } when view.EntityKeys is not null && view.EntityKeys.TryGetValue(link.Target, out var key) => Html.Href.Entity(key),
        { Kind: PageLinkKind.Article } => Html.Href.Article(link.Target),
        _ => null,
    };

    /// <summary>CSS classes a layer names: words of letters, digits, '-' and '_' survive, anything else is dropped.</summary>
    public static string? Classes(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var words = value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(v => new string([.. v.Where(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_')]))
            .Where(v => v.Length > 0);
        var joined = string.Join(' ', words);
        return joined.Length == 0 ? null : joined;
    }

    /// <summary>A data attribute's name: lower-case letters and '-' only, else none.</summary>
    public static string? DataName(string name)
        => name.Length > 0 && name.All(c => c is (>= 'a' and <= 'z') or '-') ? "data-" + name : null;

    private static void Items(HtmlWriter w, PagePanel panel, ArticleView view, string? listClass)
    {
        if (panel.Items.Count == 0)
        {
            w.Element("p", panel.EmptyText, new Attr("class", "muted"));
        }

        w.Open("ul", new Attr("class", listClass));
        foreach (var item in panel.Items)
        {
            w.Open("li");
            foreach (var part in item.Parts)
            {
                Text(w, part, view);
            }

            w.Close("li");
        }

        w.Close("ul");
    }
}
