using System.Globalization;
using Dateline.Store.Queries;
using Dateline.Web.Html;
using Attr = Dateline.Web.Html.HtmlAttribute;

namespace Dateline.Web.Pages;

/// <summary>An entity's events on one side (it acts on others, or others act on it), as the entity page shows them.</summary>
internal static class EventItems
{
    /// <summary>Months shown in the counts table: the latest ones with events.</summary>
    private const int Months = 12;

    /// <summary>
    /// A section: the heading, asserted events per type and month (rows by type, most first; columns the latest
    /// months), and the recent events with the other actor, the sentence and the article.
    /// </summary>
    public static void Section(HtmlWriter w, string id, string title, IReadOnlyList<EventTypeCount> counts, IReadOnlyList<EventRecord> events, EventRole role)
    {
        w.Open("section", new Attr("class", "entity-events"), new Attr("id", id));
        w.Element("h2", title);
        if (events.Count == 0 && counts.Count == 0)
        {
            w.Element("p", "None found.", new Attr("class", "muted"));
            w.Close("section");
            return;
        }

        Counts(w, counts);
        w.Open("ul", new Attr("class", "events"));
        foreach (var e in events)
        {
            w.Open("li", new Attr("class", "event-item"), new Attr("data-type", e.Type));
            w.Element("span", e.Type, new Attr("class", "event-type event-" + e.Type.ToLowerInvariant()));
            if (e.Mode != "asserted")
            {
                w.Element("span", " (" + e.Mode + ")", new Attr("class", "event-mode"));
            }

            w.Text(role == EventRole.Source ? " → " : " ← ");
            Actor(w, role == EventRole.Source ? e.Target : e.Source);
            w.Element("q", e.Sentence, new Attr("class", "event-sentence"));
            w.Open("div", new Attr("class", "n"));
            w.Link(Href.Article(e.ArticleId), e.ArticleTitle ?? e.ArticleId);
            w.Text(" " + (e.Date ?? string.Empty) + (e.Place is { } place ? " · " + place.Name : string.Empty));
            w.Close("div");
            w.Close("li");
        }

        w.Close("ul");
        w.Close("section");
    }

    /// <summary>The other actor: a link to its entity, its words when it has no name, or a dash when the sentence names none.</summary>
    private static void Actor(HtmlWriter w, EventActor? actor)
    {
        if (actor?.Id is { } key)
        {
            w.Link(Href.Entity(key), actor.Name, "event-actor " + EntityLinks.Class(actor.Label ?? string.Empty));
        }
        else
        {
            w.Element("span", actor?.Name ?? "—", new Attr("class", "event-actor"));
        }

        w.Text(" ");
    }

    private static void Counts(HtmlWriter w, IReadOnlyList<EventTypeCount> counts)
    {
        if (counts.Count == 0)
        {
            return;
        }

        var months = counts.Select(c => c.Month).Distinct().Order(StringComparer.Ordinal).TakeLast(Months).ToList();
        var byType = counts.Where(c => months.Contains(c.Month)).GroupBy(c => c.Type).OrderByDescending(g => g.Sum(c => c.Count)).ThenBy(g => g.Key, StringComparer.Ordinal);
        w.Open("table", new Attr("class", "event-counts"));
        w.Open("thead");
        w.Open("tr");
        w.Element("th", "type");
        foreach (var month in months)
        {
            w.Element("th", month);
        }

        w.Close("tr");
        w.Close("thead");
        w.Open("tbody");
        foreach (var type in byType)
        {
            w.Open("tr", new Attr("data-type", type.Key));
            w.Element("th", type.Key);
            foreach (var month in months)
            {
                var n = type.Where(c => c.Month == month).Sum(c => c.Count);
                w.Element("td", n == 0 ? string.Empty : n.ToString(CultureInfo.InvariantCulture));
            }

            w.Close("tr");
        }

        w.Close("tbody");
        w.Close("table");
    }
}
