using Dateline.Core.Layers;
using Dateline.Web.Html;
using Attr = Dateline.Web.Html.HtmlAttribute;

namespace Dateline.Web.Pages;

/// <summary>
/// An article as a reader sees it: its metadata, the text with every registered layer's marks, the layers' panels
/// beside and below it, and the reader's warnings. The page names no layer: what it shows comes from them.
/// </summary>
internal static class ArticlePage
{
    public static void Write(HtmlWriter w, ArticleView view)
    {
        var d = view.Document;
        w.Open("article", new Attr("class", "article"));
        w.Element("h1", string.IsNullOrWhiteSpace(d.Metadata.Title) ? "(untitled)" : d.Metadata.Title, new Attr("id", "title"));
        Metadata(w, view);
        LayerSwitches(w, view);
        w.Open("div", new Attr("class", "article-layout"));
        w.Open("div", new Attr("class", "text"), new Attr("id", "text"));
        ArticleTextRenderer.Write(w, view);
        w.Close("div");
        w.Open("aside", new Attr("class", "side"));
        Panels(w, view, PanelPlace.Side);
        w.Close("aside");
        w.Close("div");
        Panels(w, view, PanelPlace.Below);
        Warnings(w, view);
        w.Close("article");
    }

    private static void Metadata(HtmlWriter w, ArticleView view)
    {
        var m = view.Document.Metadata;
        w.Open("dl", new Attr("class", "meta"));
        Row(w, "Published", m.Published);
        if (m.Modified is not null && m.Modified != m.Published)
        {
            Row(w, "Modified", m.Modified);
        }

        if (m.Dateline is { } dl)
        {
            Row(w, "Dateline", string.Join(" ", new[] { dl.Place, dl.Agency is null ? null : $"({dl.Agency})" }.Where(s => s is not null)));
        }

        Row(w, "Authors", m.Authors.Count > 0 ? string.Join(", ", m.Authors) : null);
        Row(w, "Source", m.SiteName);
        Row(w, "Language", m.Language);
        if ((m.Url ?? view.Document.Raw.Url) is { } url)
        {
            w.Element("dt", "URL");
            w.Open("dd");
            w.ExternalLink(url);
            w.Close("dd");
        }

        if (view.StoredId is { } id)
        {
            w.Element("dt", "Id");
            w.Open("dd");
            w.Text(id + " · ");
            w.Link("/api/articles/" + Uri.EscapeDataString(id), "JSON");
            w.Close("dd");
        }

        if (view.Thread is { } thread)
        {
            w.Element("dt", "Story");
            w.Open("dd", new Attr("class", "thread"));
            w.Link(Href.Thread(thread), "Follow this story", "thread-link");
            w.Close("dd");
        }

        if (view.DuplicateOf is not null || view.Copies.Count > 0)
        {
            w.Element("dt", "Same story");
            w.Open("dd", new Attr("class", "copies"));
            foreach (var copy in view.Copies.Take(30))
            {
                w.Link(Href.Article(copy), copy);
                w.Text(" ");
            }

            w.Close("dd");
        }

        w.Close("dl");
    }

    private static void Row(HtmlWriter w, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            w.Element("dt", name);
            w.Element("dd", value);
        }
    }

    /// <summary>
    /// A switch per layer that marks this text, with its legend: the reader turns each layer's highlights on or off
    /// (app.js flips the layer's marks; entity mentions start on, the rest off, as <see cref="Layer.MarksShownByDefault"/> says).
    /// </summary>
    private static void LayerSwitches(HtmlWriter w, ArticleView view)
    {
        var marked = view.Layers
            .Select(l => (Layer: l, Count: l.Marks(view.Document).Count(m => m.Shape == MarkShape.Inline)))
            .Where(l => l.Count > 0)
            .ToList();
        if (marked.Count == 0)
        {
            return;
        }

        w.Open("fieldset", new Attr("class", "layers"), new Attr("id", "layers"));
        w.Element("legend", "Highlight");
        foreach (var (layer, count) in marked)
        {
            var name = LayerClass(layer);
            w.Open("span", new Attr("class", "layer-group"));
            w.Open("label", new Attr("class", "layer-switch"));
            w.Void("input", new Attr("type", "checkbox"), new Attr("class", "layer-toggle"), new Attr("data-layer", name),
                new Attr("checked", layer.MarksShownByDefault ? string.Empty : null), new Attr("aria-controls", "text"));
            w.Text($" {layer.Name} ({count})");
            w.Close("label");
            foreach (var entry in layer.Legend)
            {
                w.Element("span", entry.Text, new Attr("class", PageParts.Classes(entry.Class + " swatch")));
            }

            w.Close("span");
        }

        w.Close("fieldset");
    }

    /// <summary>The class every mark of a layer carries, which its switch turns on and off: <c>layer-</c> and the name's safe characters.</summary>
    public static string LayerClass(Layer layer) => "layer-" + (PageParts.Classes(layer.Name.Replace(' ', '-'))?.Replace(' ', '-') ?? "x");

    private static void Panels(HtmlWriter w, ArticleView view, PanelPlace place)
    {
        foreach (var layer in view.Layers)
        {
            if (layer.Panel(view.Document) is { } panel && panel.Place == place)
            {
                PageParts.Panel(w, panel, view);
            }
        }
    }

    private static void Warnings(HtmlWriter w, ArticleView view)
    {
        var warnings = view.Document.Warnings;
        if (warnings.IsEmpty)
        {
            return;
        }

        w.Open("details", new Attr("class", "warnings"));
        w.Element("summary", $"Warnings ({warnings.Length})");
        w.Open("ul");
        foreach (var warning in warnings)
        {
            w.Element("li", warning);
        }

        w.Close("ul");
        w.Close("details");
    }
}
