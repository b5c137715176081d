using Dateline.Core.Layers;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;
using Dateline.Core.Running;
using Dateline.Store;

namespace Dateline.Web.Tests;

/// <summary>
/// A small collection of stories over days for the thread tests: troops at the Narva border (three articles), a
/// hostile story whose every text is markup (two articles), an unrelated festival, and background articles so the
/// stories' words are rare, as in a real collection.
/// </summary>
internal static class ThreadCorpus
{
    public const string StoryId = "narva-1";
    public const string FollowUpId = "narva-2";
    public const string LateId = "narva-3";
    public const string FestivalId = "festival";
    public const string HostileId = "zebra-1";
    public const string HostileFollowUpId = "zebra-2";

    public static readonly string HostileTitle = $"Zebra stampede {TestCorpus.ScriptPayload}{TestCorpus.TitlePayload}";

    public static IReadOnlyList<Document> Documents() =>
    [
        .. Background(),
        Narva(StoryId, "Kremlin keeps troops at the Narva border", "2024-03-01", """
            MOSCOW — Vladimir Putin ordered troops to stay near the Narva border crossing on Friday, the Kremlin said.

            "The garrison at Narva will remain through the spring," Vladimir Putin said in Moscow.

            Estonian border guards reported convoys of armoured vehicles moving towards Ivangorod and the Narva bridge.
            """),
        Narva(FollowUpId, "Narva convoys grow as Putin keeps the garrison", "2024-03-04", """
            Armoured convoys near the Narva border crossing grew over the weekend after Vladimir Putin ordered the garrison to remain.

            Estonian border guards at the Narva bridge counted more vehicles around Ivangorod, and the Kremlin refused to say how long the troops would stay.
            """),
        Narva(LateId, "Estonian guards count fewer convoys at Narva", "2024-03-12", """
            Estonian border guards at the Narva crossing counted fewer armoured convoys near Ivangorod this week.

            The Kremlin said the garrison near the Narva bridge would stay, as Vladimir Putin ordered.
            """),
        new ArticleBuilder(FestivalId, """
            HAMBURG — Angela Merkel opened the harbour festival on Saturday, where tall ships and brass bands drew large crowds.

            Organisers said the festival would run until Monday, with fireworks over the Elbe.
            """)
            .Metadata(new ArticleMetadata { Title = "Merkel opens the Hamburg harbour festival", Published = "2024-03-02", SiteName = "daily" })
            .Entity("e1", "Angela Merkel", EntityLabel.Person, "Angela Merkel")
            .Entity("e2", "Hamburg", EntityLabel.Gpe, "HAMBURG")
            .Build(),
        Zebra(HostileId, HostileTitle, "2024-03-05", $$"""
            Zebra herds stampeded across the Okavango floodplain {{TestCorpus.ImgPayload}} as rangers in Maun watched.

            "{{TestCorpus.ScriptPayload}} the zebra herds are moving north," said Evil Mallory{{TestCorpus.AttributePayload}}.

            Rangers said the Okavango zebra migration {{TestCorpus.SvgPayload}} had never crossed the floodplain so early.
            """),
        Zebra(HostileFollowUpId, $"Okavango zebra herds {TestCorpus.ImgPayload} reach Maun", "2024-03-07", $$"""
            The stampeding zebra herds of the Okavango floodplain reached Maun {{TestCorpus.TextareaPayload}}, rangers said.

            The migration of the zebra herds across the floodplain drew crowds to the Okavango, Evil Mallory{{TestCorpus.AttributePayload}} said.
            """),
    ];

    /// <summary>Writes the corpus into the fresh store at <paramref name="address"/>, in date order as a feed would bring it.</summary>
    public static void Write(string address, LayerSet layers)
    {
        using var store = Store.StoreAddress.Open(address, layers);
        store.Write([.. Documents().OrderBy(d => d.Metadata.Published, StringComparer.Ordinal).Select(d => new ArticleRecord(ContentHash.Of(d.Raw), d.Id, d, null))]);
    }

    private static Document Narva(string id, string title, string date, string text)
    {
        var article = new ArticleBuilder(id, text)
            .Metadata(new ArticleMetadata { Title = title, Published = date, SiteName = "wire" })
            .Entity("e1", "Vladimir Putin", EntityLabel.Person, "Vladimir Putin")
            .Entity("e2", "Kremlin", EntityLabel.Organization, "Kremlin")
            .Entity("e3", "Narva", EntityLabel.Gpe, "Narva");
        const string quote = "\"The garrison at Narva will remain through the spring,\"";
        return (text.Contains(quote, StringComparison.Ordinal) ? article.Quote(quote, "e1", "Vladimir Putin") : article).Build();
    }

    private static Document Zebra(string id, string title, string date, string text)
    {
        var article = new ArticleBuilder(id, text)
            .Metadata(new ArticleMetadata { Title = title, Published = date, SiteName = $"evil{TestCorpus.ScriptPayload}" })
            .Entity("h1", $"Evil Mallory{TestCorpus.ImgPayload}", EntityLabel.Person, "Evil Mallory")
            .Entity("h2", $"Okavango{TestCorpus.AttributePayload}", EntityLabel.Location, "Okavango");
        var quote = $"\"{TestCorpus.ScriptPayload} the zebra herds are moving north,\"";
        return (text.Contains(quote, StringComparison.Ordinal) ? article.Quote(quote, "h1", "Evil Mallory") : article).Build();
    }

    private static IEnumerable<Document> Background()
    {
        string[] texts =
        [
            "The Lisbon chess open ended with a surprise as a teenage grandmaster won the final round against the defending champion.",
            "Bakers in Oslo reported a shortage of rye flour after a poor harvest, and bread prices rose for the third month.",
            "Perth recorded its wettest autumn on record as storms flooded roads and closed schools across the suburbs.",
            "A software update for electric scooters fixed a braking fault that regulators had flagged in several countries.",
        ];
        return texts.Select((text, i) => new ArticleBuilder($"bg{i}", text)
            .Metadata(new ArticleMetadata { Title = string.Join(' ', text.Split(' ').Take(5)), Published = $"2024-03-0{i + 1}", SiteName = "wire" })
            .Build());
    }
}
