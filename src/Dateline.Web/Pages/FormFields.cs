using Dateline.Web.Html;
using Attr = Dateline.Web.Html.HtmlAttribute;

namespace Dateline.Web.Pages;

/// <summary>
/// Labelled form fields for the filter forms. A field keeps the value the reader gave, even one that could not be
/// used, and is marked invalid (with its message as its description) when the request's errors name it.
/// </summary>
internal static class FormFields
{
    public static void Text(HtmlWriter w, string name, string label, string? value, string placeholder, IDictionary<string, string[]>? errors)
    {
        var invalid = errors is not null && errors.ContainsKey(name);
        w.Open("label", new Attr("class", invalid ? "invalid" : null));
        w.Text(label + " ");
        w.Void("input", new Attr("type", "text"), new Attr("name", name), new Attr("value", value), new Attr("placeholder", placeholder), new Attr("maxlength", "200"),
            new Attr("aria-invalid", invalid ? "true" : null), new Attr("title", invalid ? string.Join(" ", errors![name]) : null));
        w.Close("label");
    }

    public static void Choice(HtmlWriter w, string name, string label, string selected, IDictionary<string, string[]>? errors, IReadOnlyList<(string Value, string Text)> options)
    {
        var invalid = errors is not null && errors.ContainsKey(name);
        w.Open("label", new Attr("class", invalid ? "invalid" : null));
        w.Text(label + " ");
        w.Open("select", new Attr("name", name), new Attr("aria-invalid", invalid ? "true" : null));
        foreach (var (value, text) in options)
        {
            w.Element("option", text, new Attr("value", value), new Attr("selected", value == selected ? string.Empty : null));
        }

        w.Close("select");
        w.Close("label");
    }
}
