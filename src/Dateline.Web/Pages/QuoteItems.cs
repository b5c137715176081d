using Dateline.Store.Queries;
using Dateline.Web.Html;
using Attr = Dateline.Web.Html.HtmlAttribute;

namespace Dateline.Web.Pages;

/// <summary>Stored quotes as the entity, story and quotes pages show them.</summary>
internal static class QuoteItems
{
    /// <summary>Quotes as a list: the text, the speaker (when asked), the article and its date; "None found." when there are none.</summary>
    public static void List(HtmlWriter w, IReadOnlyList<QuoteRecord> quotes, bool showSpeaker)
    {
        if (quotes.Count == 0)
        {
            w.Element("p", "None found.", new Attr("class", "muted"));
            return;
        }

        w.Open("ul", new Attr("class", "quotes"));
        foreach (var q in quotes)
        {
            w.Open("li", new Attr("class", "quote-item"), new Attr("data-kind", q.Kind));
            w.Element("span", q.Text, new Attr("class", "quote-text"));
            if (showSpeaker)
            {
                Speaker(w, q);
            }

            w.Open("div", new Attr("class", "n"));
            w.Link(Href.Article(q.ArticleId), q.ArticleTitle ?? q.ArticleId);
            w.Text(" " + (SearchPage.Date(q.Published) ?? string.Empty));
            w.Close("div");
            w.Close("li");
        }

        w.Close("ul");
    }

    /// <summary>" — speaker" after a quote: a link to the speaker's entity when resolved, else the words that name the speaker.</summary>
    public static void Speaker(HtmlWriter w, QuoteRecord q)
    {
        var speaker = q.SpeakerName ?? q.SpeakerText;
        if (q.SpeakerId is { } id)
        {
            w.Link(Href.Entity(id), " — " + (speaker ?? "speaker"), "speaker");
        }
        else if (speaker is not null)
        {
            w.Element("span", " — " + speaker, new Attr("class", "speaker"));
        }
    }
}
