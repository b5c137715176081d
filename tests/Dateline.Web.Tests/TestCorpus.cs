using Dateline.Core.Layers;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;
using Dateline.Core.Running;
using Dateline.Language.Events;
using Dateline.Language.Quotes;
using Dateline.Language.Times;
using Dateline.Store;

namespace Dateline.Web.Tests;

/// <summary>A small collection with every layer filled in, plus one article whose every field is hostile markup.</summary>
internal static class TestCorpus
{
    public const string PutinId = "putin-macron";
    public const string SanctionsId = "kremlin-sanctions";
    public const string BerlinId = "macron-berlin";
    public const string HostileId = "hostile-page";

    /// <summary>Payloads that, if they ever ran, would set window.__pwned or change the document title.</summary>
    public const string ScriptPayload = "<script>window.__pwned='script'</script>";
    public const string ImgPayload = "<img src=x onerror=\"window.__pwned='onerror'\">";
    public const string TextareaPayload = "</textarea><script>window.__pwned='textarea'</script>";
    public const string TitlePayload = "</title><script>document.title='pwned'</script>";
    public const string SvgPayload = "<svg onload=\"window.__pwned='svg'\"></svg>";
    public const string AttributePayload = "\" onmouseover=\"window.__pwned='attr'\" x=\"";
    public const string JavascriptUrl = "javascript:window.__pwned='link'";

    public static IReadOnlyList<Document> Documents() =>
    [
        new ArticleBuilder(PutinId, """
            MOSCOW (AP) — Russian President Vladimir Putin met French President Emmanuel Macron in Moscow on Monday.

            "We discussed the security of Europe," Putin said after the talks in the Kremlin.

            The Kremlin said the meeting lasted 5 hours and covered $2 billion in trade.
            """)
            .Metadata(new ArticleMetadata { Title = "Putin meets Macron in Moscow", Published = "2024-01-15", SiteName = "example-news", Url = "https://example.com/putin-macron", Authors = ["Jane Reporter"], Dateline = new DatelineInfo("MOSCOW", "AP") })
            .Entity("e1", "Vladimir Putin", EntityLabel.Person, "Vladimir Putin", "Putin")
            .Entity("e2", "Emmanuel Macron", EntityLabel.Person, "Emmanuel Macron")
            .Entity("e3", "Moscow", EntityLabel.Gpe, "Moscow")
            .Entity("e4", "Kremlin", EntityLabel.Organization, "Kremlin")
            .Quote("\"We discussed the security of Europe,\"", "e1", "Putin")
            .Time("on Monday", TimexType.Date, "2024-01-15")
            .Amount("5 hours", 5, "hours")
            .Amount("$2 billion", 2e9, "USD")
            .Event(EventType.Consult, "met", ("e1", "Vladimir Putin"), ("e2", "Emmanuel Macron"), "2024-01-15", placeId: "e3")
            .Related("Macron's next trip", "Paris prepares", "https://example.com/macron-trip")
            .Build(),
        new ArticleBuilder(SanctionsId, """
            The Kremlin rejected new sanctions on Tuesday.

            "Putin will not accept these sanctions," Dmitry Peskov told reporters in Moscow.
            """)
            .Metadata(new ArticleMetadata { Title = "Kremlin rejects sanctions", Published = "2024-02-06", SiteName = "wire" })
            .Entity("e1", "Kremlin", EntityLabel.Organization, "Kremlin")
            .Entity("e2", "Vladimir Putin", EntityLabel.Person, "Putin")
            .Entity("e3", "Dmitry Peskov", EntityLabel.Person, "Dmitry Peskov")
            .Entity("e4", "Moscow", EntityLabel.Gpe, "Moscow")
            .Quote("\"Putin will not accept these sanctions,\"", "e3", "Dmitry Peskov", "told")
            .Time("on Tuesday", TimexType.Date, "2024-02-06")
            .Event(EventType.Reject, "rejected", ("e1", "Kremlin"), (null, "new sanctions"), "2024-02-06")
            .Event(EventType.Agree, "accept", ("e2", "Putin"), (null, null), "2024-02-06", claimedById: "e3", mode: EventMode.Negated)
            .Build(),
        new ArticleBuilder(BerlinId, """
            BERLIN — Emmanuel Macron visited Berlin to meet Olaf Scholz about trade.

            "Europe must stand together," Macron said.

            Olaf Scholz said that trade between the two countries would grow.
            """)
            .Metadata(new ArticleMetadata { Title = "Macron visits Berlin", Published = "2024-03-10", SiteName = "example-news" })
            .Entity("e1", "Emmanuel Macron", EntityLabel.Person, "Emmanuel Macron", "Macron")
            .Entity("e2", "Berlin", EntityLabel.Gpe, "Berlin")
            .Entity("e3", "Olaf Scholz", EntityLabel.Person, "Olaf Scholz")
            .Quote("\"Europe must stand together,\"", "e1", "Macron")
            .Quote("that trade between the two countries would grow", "e3", "Olaf Scholz", "said", QuoteKind.Indirect)
            .Event(EventType.Consult, "meet", ("e1", "Emmanuel Macron"), ("e3", "Olaf Scholz"), "2024-03-10", placeId: "e2")
            .Build(),
        Hostile(),
    ];

    /// <summary>Hostile markup in the title, text, metadata, entity names, quote cue, time value, amount unit, event actors' words and related links (entity labels are a closed vocabulary).</summary>
    public static Document Hostile()
    {
        var text = $$"""
            Hostile zebra text {{TextareaPayload}} and {{ImgPayload}} plus <a href="{{JavascriptUrl}}">click</a> {{SvgPayload}}.

            "{{ScriptPayload}} is dangerous," said Evil Mallory{{AttributePayload}}.

            {{TitlePayload}} <!-- ]]> --> <style>body{display:none}</style> <iframe src="{{JavascriptUrl}}"></iframe> on 2024-01-20 for 7 zebras.
            """;
        return new ArticleBuilder(HostileId, text)
            .Metadata(new ArticleMetadata
            {
                Title = $"Zebra {ScriptPayload}{ImgPayload}{TitlePayload}",
                Published = "2024-01-20",
                SiteName = $"evil{ScriptPayload}",
                Url = JavascriptUrl,
                Authors = [ImgPayload],
                Dateline = new DatelineInfo(SvgPayload, AttributePayload),
                Description = TextareaPayload,
            })
            .Entity("h1", $"Evil Mallory{ImgPayload}", EntityLabel.Person, "Evil Mallory")
            .Entity("h2", $"Zebra Corp{AttributePayload}", EntityLabel.Organization, "zebra")
            .Quote($"\"{ScriptPayload} is dangerous,\"", "h1", "Evil Mallory", "said")
            .Time("2024-01-20", TimexType.Date, $"\">{ScriptPayload}")
            .Amount("7 zebras", 7, $"zebras{ImgPayload}")
            .Event(EventType.Assault, "zebra", ("h2", null), (null, ImgPayload), "2024-01-20", placeId: "h2", claimedById: "h1")
            .Event(EventType.Threaten, "dangerous", (null, ScriptPayload), ("h1", null), "2024-01-20")
            .Related($"Related {ScriptPayload}", ImgPayload, JavascriptUrl)
            .Related("Data link", null, "data:text/html,<script>window.__pwned='data'</script>")
            .Related("Fine link", null, "https://example.org/story?a=1&b=\"x\"")
            .Build();
    }

    /// <summary>Writes the corpus into the fresh store at <paramref name="address"/>.</summary>
    public static void Write(string address, LayerSet layers)
    {
        using var store = Store.StoreAddress.Open(address, layers);
        store.Write([.. Documents().Select(d => new ArticleRecord(ContentHash.Of(d.Raw), d.Id, d, null))]);
    }
}
