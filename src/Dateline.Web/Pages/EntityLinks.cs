using Dateline.Store.Queries;
using Dateline.Web.Html;
using Attr = Dateline.Web.Html.HtmlAttribute;

namespace Dateline.Web.Pages;

/// <summary>Collection-wide entities as the pages show them: coloured by type, linked to the entity page.</summary>
internal static class EntityLinks
{
    /// <summary>The CSS classes of an entity of this type ("ent ent-PERSON"); the label is reduced to letters.</summary>
    public static string Class(string label) => "ent ent-" + new string([.. label.Where(char.IsAsciiLetter)]);

    public static void Link(HtmlWriter w, EntityFacet e) => w.Link(Href.Entity(e.Id), e.Name, Class(e.Label));

    /// <summary>A linked entity followed by its type and how many articles it is in.</summary>
    public static void WithCount(HtmlWriter w, EntityFacet e)
    {
        Link(w, e);
        w.Element("span", $" {e.Label} · {e.Count} article(s)", new Attr("class", "n"));
    }
}
