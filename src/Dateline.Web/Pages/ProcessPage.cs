using Dateline.Web.Html;
using Microsoft.AspNetCore.Antiforgery;
using Attr = Dateline.Web.Html.HtmlAttribute;

namespace Dateline.Web.Pages;

/// <summary>The paste-a-page box: a form posting to /process with an antiforgery token; the pasted text goes back only as textarea content, escaped.</summary>
internal static class ProcessPage
{
    public static void Form(HtmlWriter w, AntiforgeryTokenSet tokens, string? page, string? error)
    {
        w.Element("h1", "Paste a page");
        w.Element("p", "Paste a web page's HTML or a text dump: it is annotated and shown here, not stored.", new Attr("class", "muted"));
        if (error is not null)
        {
            w.Element("div", error, new Attr("class", "errors"), new Attr("role", "alert"));
        }

        w.Open("form", new Attr("class", "process"), new Attr("method", "post"), new Attr("action", "/process"));
        w.Void("input", new Attr("type", "hidden"), new Attr("name", tokens.FormFieldName), new Attr("value", tokens.RequestToken));
        w.Element("textarea", page, new Attr("name", "page"), new Attr("id", "page"), new Attr("rows", "12"), new Attr("aria-label", "Page"), new Attr("required", string.Empty));
        w.Open("div", new Attr("class", "filters"));
        w.Open("label");
        w.Void("input", new Attr("type", "radio"), new Attr("name", "kind"), new Attr("value", "html"), new Attr("checked", string.Empty));
        w.Text(" HTML");
        w.Close("label");
        w.Open("label");
        w.Void("input", new Attr("type", "radio"), new Attr("name", "kind"), new Attr("value", "text"));
        w.Text(" Text dump");
        w.Close("label");
        w.Open("label");
        w.Text("URL ");
        w.Void("input", new Attr("type", "url"), new Attr("name", "url"), new Attr("placeholder", "https://… (optional)"), new Attr("maxlength", "2048"));
        w.Close("label");
        w.Element("span", string.Empty, new Attr("id", "page-size"), new Attr("class", "muted"));
        w.Element("button", "Annotate", new Attr("type", "submit"));
        w.Close("div");
        w.Close("form");
    }
}
