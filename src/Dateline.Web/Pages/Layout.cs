using Dateline.Web.Hosting;
using Dateline.Web.Html;
using Attr = Dateline.Web.Html.HtmlAttribute;

namespace Dateline.Web.Pages;

/// <summary>The frame around every page: head with our own stylesheet and script (no inline code), navigation, footer.</summary>
internal static class Layout
{
    public static string Page(string title, WebOptions options, Action<HtmlWriter> body)
    {
        var w = new HtmlWriter().Doctype();
        w.Open("html", new Attr("lang", "en"));
        w.Open("head");
        w.Void("meta", new Attr("charset", "utf-8"));
        w.Void("meta", new Attr("name", "viewport"), new Attr("content", "width=device-width, initial-scale=1"));
        w.Element("title", title + " · Dateline");
        w.Void("link", new Attr("rel", "stylesheet"), new Attr("href", AssetEndpoints.Path("app.css")));
        w.Void("link", new Attr("rel", "icon"), new Attr("href", AssetEndpoints.Path("icon.svg")), new Attr("type", "image/svg+xml"));
        w.Element("script", null, new Attr("src", AssetEndpoints.Path("app.js")), new Attr("defer", string.Empty));
        w.Close("head");
        w.Open("body");
        w.Open("header", new Attr("class", "top"));
        w.Link("/", "Dateline", "brand");
        w.Open("nav");
        w.Link("/", "Search");
        w.Link("/quotes", "Quotes");
        w.Link("/threads", "Stories");
        if (options.AllowProcess)
        {
            w.Link("/process", "Paste a page");
        }

        w.Link(OpenApiExtensions.DocsPath, "API");
        w.Close("nav");
        w.Close("header");
        w.Open("main");
        body(w);
        w.Close("main");
        w.Open("footer");
        w.Text("Dateline · local store · ");
        w.Link("/openapi/v1.json", "OpenAPI");
        w.Close("footer");
        w.Close("body");
        w.Close("html");
        return w.ToString();
    }

    public static void Errors(HtmlWriter w, IDictionary<string, string[]> errors)
    {
        w.Open("div", new Attr("class", "errors"), new Attr("role", "alert"));
        w.Element("strong", "Please fix:");
        w.Open("ul");
        foreach (var message in errors.Values.SelectMany(v => v))
        {
            w.Element("li", message);
        }

        w.Close("ul");
        w.Close("div");
    }
}
