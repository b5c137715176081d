using Dateline.Core.Layers.RemovedBlocks;
using Dateline.Core.Model;
using Dateline.Extraction.Html;

namespace Dateline.Extraction.Tests.Html;

/// <summary>The block-level rules of HTML extraction (issue 16), one small hand-written page per rule.</summary>
public class BlockRulesTests
{
    private const string Story =
        "<p>The city council voted on Tuesday to expand the bicycle lane network, a plan that has divided residents for more than two years.</p>"
        + "<p>Supporters said the lanes would make streets safer, while shop owners warned that losing parking would hurt business in the old town.</p>"
        + "<p>The first new lanes are due to open in the spring, according to the transport department, which will publish a timetable next month.</p>";

    private const string Lead = "Eight new routes will cross the old town by next year, and the shop owners who fought them are still not convinced.";

    private static Document Extract(string html) => HtmlExtractionTests.Extract(html);

    [Fact]
    public void LeadInsideTheArticleHeaderOpensTheBody()
    {
        var doc = Extract($"""
            <html><body><header class="site"><a href="/">The Daily Example</a><nav><a href="/news">News</a></nav></header>
            <article><header><h1>Council backs bike lanes</h1><p class="standfirst">{Lead}</p></header>
            <div class="article-body">{Story}</div></article></body></html>
            """);
        Assert.StartsWith(Lead, doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Council backs bike lanes", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("The Daily Example", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LeadInAHeaderNestedBesideTheBodyOpensTheBody()
    {
        var doc = Extract($"""
            <html><body><div id="main"><div id="articleHead"><header><h1>Council backs bike lanes</h1><p>{Lead}</p></header></div>
            <div class="entry-content">{Story}</div></div></body></html>
            """);
        Assert.StartsWith(Lead, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void HeaderWithoutRunningTextStaysChrome()
    {
        var doc = Extract($"""
            <html><body><article><header><h1>Council backs bike lanes</h1><p>By Jane Doe · 4 min read</p></header>
            <div class="article-body">{Story}</div></article></body></html>
            """);
        Assert.StartsWith("The city council voted", doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Reason == RemovalReason.Header && r.Text.Contains("Jane Doe", StringComparison.Ordinal));
    }

    [Fact]
    public void SubHeadingAboveTheFirstParagraphOpensTheBody()
    {
        var doc = Extract($"""
            <html><body><article><h1>Council backs bike lanes</h1><div class="article-body"><h3>What the vote means for cyclists</h3>{Story}</div></article></body></html>
            """);
        Assert.StartsWith("What the vote means for cyclists", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortLinesTheDescriptionOpensWithStartTheBody()
    {
        const string page = """
            <html><head>{0}</head><body><article><h1>Members' evening</h1>
            <div class="entry-content"><p>Where: Harbour Hall, Quay Street 4</p><p>Host: Jane Doe</p>{1}</div></article></body></html>
            """;
        var described = Extract(string.Format(page, "<meta name=\"description\" content=\"Where: Harbour Hall, Quay Street 4 Host: Jane Doe The city council voted on Tuesday\">", Story));
        Assert.StartsWith("Where: Harbour Hall, Quay Street 4", described.Text, StringComparison.Ordinal);
        Assert.Contains("Host: Jane Doe", described.Text, StringComparison.Ordinal);

        // Without the summary naming them, short lines above the running text are header furniture.
        var plain = Extract(string.Format(page, "", Story));
        Assert.StartsWith("The city council voted", plain.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadingOfTheTeaserLabelsRankEndsTheTeaserList()
    {
        var doc = Extract($"""
            <html><body><article>{Story}<h2>See also</h2><ul><li><a href="/a">Bridge repairs start in May</a></li><li><a href="/b">Bus fares to rise</a></li></ul>
            <h2>How to take part</h2><p>Write to the council by Friday.</p></article></body></html>
            """);
        Assert.EndsWith("Write to the council by Friday.", doc.Text, StringComparison.Ordinal);
        Assert.Contains("How to take part", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Bus fares", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DropCapIsJoinedToItsWord()
    {
        var doc = Extract("""
            <html><body><article><div class="dropcap">T</div><p>urkey, Poland and the Caribbean islands of Bonaire, St Eustatius and Saba have been removed from the list of travel corridors.</p>
            <p>Travellers arriving from those places after 4am on Saturday will have to self-isolate for ten days, the transport secretary said on Thursday.</p>
            <p>The decision follows a rise in cases in all three places over the past fortnight, according to figures published by the government.</p></article></body></html>
            """);
        Assert.StartsWith("Turkey, Poland", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortSignOffAfterTheLastParagraphStays()
    {
        var doc = Extract($"""<html><body><article>{Story}<p>XX, Die Redaktion</p></article></body></html>""");
        Assert.EndsWith("XX, Die Redaktion", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticleInNoscriptIsReadAndScriptNoticeDropped()
    {
        var doc = Extract($"""
            <html><body><div class="post"><div class="post-body"><script type="text/template">{Story}</script><noscript>{Story}<p>{Lead}</p></noscript></div>
            <noscript><p>Please turn on JavaScript to see the comments on this story.</p></noscript></div></body></html>
            """);
        Assert.StartsWith("The city council voted", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("JavaScript", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void RunningTextInABoxCalledMenuIsKeptByTheCleaner()
    {
        using var page = HtmlTextRenderer.Parse($"""<html><body><div class="product"><div class="tab-menu--product"><div class="tab--content">{Story}</div></div></div><div class="shop-info"><p>{Lead}</p><p>{Lead}</p><p>{Lead}</p><p>{Lead}</p></div><div class="menu"><p><a href="/a">News</a> <a href="/b">Sport</a> <a href="/c">Weather</a></p></div></body></html>""");
        var removed = new List<RemovedBlock>();
        new TreeCleaner(HtmlExtractionOptions.Default).Clean(page.Body!, useHints: true, removed);
        Assert.Contains("The city council voted", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("Weather", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains(removed, r => r.Reason == RemovalReason.Navigation && r.Text.Contains("Weather", StringComparison.Ordinal));
    }

    [Fact]
    public void ClosingSectionWithItsHeadingStays()
    {
        var doc = Extract($"""<html><body><article>{Story}<h3>What you need</h3><ul><li>A bicycle with working lights</li><li>A helmet that fits</li></ul></article></body></html>""");
        Assert.Contains("What you need", doc.Text, StringComparison.Ordinal);
        Assert.EndsWith("A helmet that fits", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TrailingHeadingOverLinksIsDropped()
    {
        var doc = Extract($"""<html><body><article>{Story}<h3>Elsewhere on the site</h3><ul><li><a href="/a">Ferry terminal plans approved</a></li><li><a href="/b">Harbour board elects a new chair</a></li></ul></article></body></html>""");
        Assert.DoesNotContain("Elsewhere on the site", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ferry terminal", doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Самые популярные диеты")]
    [InlineData("Najczęściej czytane")]
    [InlineData("Meistgelesen")]
    public void MostReadLabelInOtherLanguagesDropsItsTeasers(string label)
    {
        var doc = Extract($"""<html><body><article>{Story}<h3>{label}</h3><p>Ferry terminal plans approved by harbour board.</p><p>Harbour board elects a new chair.</p></article></body></html>""");
        Assert.DoesNotContain(label, doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ferry terminal", doc.Text, StringComparison.Ordinal);
        Assert.Contains("The city council voted", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadAlsoLabelAndItsTeasersAreDropped()
    {
        var doc = Extract($"""
            <html><body><article>{Story}<p>Zum Weiterlesen:</p><p>Ferry terminal plans approved by harbour board</p>
            <p>The transport department said the lanes would be reviewed after a year, and that changes could follow if the number of cyclists using them stays lower than the council expects when the first counts come in next summer.</p></article></body></html>
            """);
        Assert.DoesNotContain("Zum Weiterlesen", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Ferry terminal", doc.Text, StringComparison.Ordinal);
        Assert.Contains("reviewed after a year", doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Der Artikel wurde erfolgreich hinzugefügt.", RemovalReason.Boilerplate)]
    [InlineData("Aufrufe: 1120 | Hinzugefügt von: Posh", RemovalReason.Boilerplate)]
    [InlineData("Beitragsbild: Titelseite der Zeitung vom 2.4.2019", RemovalReason.Caption)]
    [InlineData("Photograph by Ed Marshall, Restoration Programme", RemovalReason.Caption)]
    [InlineData("*Werbung. Dieser Beitrag enthält Werbung für eine Marke.", RemovalReason.Advertisement)]
    [InlineData("ANZEIGE - Heute mal ausgehen?", RemovalReason.Advertisement)]
    [InlineData("Lesen Sie das Magazin digital in der App oder bestellen Sie es im Shop als Abo oder Einzelheft.", RemovalReason.Newsletter)]
    [InlineData("Jetzt testen und Vorteile sichern!", RemovalReason.Newsletter)]
    [InlineData("LE PUEDE INTERESAR: La ficha del expresidente", RemovalReason.TeaserList)]
    [InlineData("War der Artikel nützlich?", RemovalReason.Boilerplate)]
    [InlineData("Kommentare insgesamt: 0", RemovalReason.CommentNotice)]
    [InlineData("Informationsschreiben vom 14. Oktober 2021PDF | 38 KB", RemovalReason.Boilerplate)]
    public void BoilerplatePhrasesAreRules(string block, string reason)
        => Assert.Equal(reason, BlockPhrases.Default.Match(block, inTail: false));

    [Theory]
    [InlineData("The photographer said the views from the hill were the best she had seen in years.")]
    [InlineData("Kontaktlinsen sind für viele eine Alternative zur Brille.")]
    [InlineData("Werbung im Fernsehen erreicht immer weniger junge Leute.")]
    public void RunningTextMatchesNoPhraseRule(string block)
        => Assert.Null(BlockPhrases.Default.Match(block, inTail: false));

    [Fact]
    public void LongNoticesAreJudgedByLongRulesOnly()
    {
        const string consent = "Wir respektieren deine Privatsphäre und stellen deshalb ohne dein Einverständnis keine Verbindung zu Twitter her. "
            + "Hier kannst du deine Einwilligung geben, die du jederzeit wieder entziehen kannst.";
        Assert.Equal(RemovalReason.CookieNotice, BlockPhrases.Default.MatchLong(consent));
        Assert.Null(BlockPhrases.Default.MatchLong("Jetzt testen und Vorteile sichern! Das Angebot gilt für alle, die sich bis Ende des Monats anmelden und das Magazin abonnieren."));
        var doc = Extract($"""<html><body><article>{Story}<p>{consent}</p>{Story.Replace("city", "town", StringComparison.Ordinal)}</article></body></html>""");
        Assert.DoesNotContain("Privatsphäre", doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Reason == RemovalReason.CookieNotice);
    }

    [Theory]
    [InlineData("Das Thema könnte dich auch interessieren:")]
    [InlineData("Lesen Sie auch die folgenden Beiträge:")]
    [InlineData("Weitere Tourentipps in Schweden")]
    [InlineData("Mehr Themen:")]
    public void ReadAlsoLabelsOpenTeaserLists(string label) => Assert.True(BlockPhrases.Default.IsTeaserLabel(label));
}
