using System.Text;
using Dateline.Core.Layers.RemovedBlocks;
using Dateline.Core.Model;

namespace Dateline.Extraction.Tests.Html;

/// <summary>Golden tests on small hand-written pages, one per stage of the HTML cascade.</summary>
public class HtmlExtractionTests
{
    static HtmlExtractionTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private const string Story =
        "<p>The city council voted on Tuesday to expand the bicycle lane network, a plan that has divided residents for more than two years.</p>"
        + "<p>Supporters said the lanes would make streets safer, while shop owners warned that losing parking would hurt business in the old town.</p>"
        + "<p>The first new lanes are due to open in the spring, according to the transport department, which will publish a timetable next month.</p>";

    internal static Document Extract(string html, Encoding? encoding = null)
    {
        var bytes = (encoding ?? Encoding.UTF8).GetBytes(html);
        var result = Pipelines.Extraction.Process(new RawPage("t", "t.html", bytes));
        return result.Document ?? throw new InvalidOperationException(result.Error?.Message);
    }

    [Fact]
    public void KeepsArticleAndDropsNavigationShareAndComments()
    {
        var doc = Extract($"""
            <html><body><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
            <article><h1>Council backs bike lanes</h1><div class="share-tools"><a href="#">Share on Facebook</a></div>
            <div class="article-body">{Story}</div></article>
            <div class="comments"><p>Great article, I totally agree with everything the council decided today and more.</p></div>
            <footer><p>Copyright 2024 The Daily Example. All rights reserved.</p></footer></body></html>
            """);
        Assert.Equal(3, doc.Paragraphs.Length);
        Assert.StartsWith("The city council voted", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Share on Facebook", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Great article", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Home", doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Reason == RemovalReason.CommentNotice);
    }

    [Fact]
    public void RelatedStoryBoxesBecomeTeasers()
    {
        var doc = Extract($"""
            <html><body><article>{Story}</article>
            <div class="related-stories"><h3>Related</h3><ul><li><a href="/n/1">Ferry terminal plans approved by harbour board</a></li>
            <li><a href="/n/2">New tram line opens to passengers in the east</a></li></ul></div></body></html>
            """);
        Assert.Contains(doc.Related, r => r.Title == "Ferry terminal plans approved by harbour board" && r.Url == "/n/1");
        Assert.DoesNotContain("Ferry terminal", doc.Text, StringComparison.Ordinal);
    }

    private const string OtherPost =
        "<p>The harbour board approved plans for a new ferry terminal on Monday, ending a dispute with fishermen that lasted most of the year.</p>"
        + "<p>Building work is due to start in the autumn and the terminal should open two years later, the board's chairman told reporters.</p>";

    [Fact]
    public void OfSeveralPostsInFullThePagesOwnComesFirst()
    {
        // A blog page: its post, then a wrapper <article> holding further posts in full (the wrapper scores best).
        var doc = Extract($"""
            <html><body><main><article class="post"><h1>Council backs bike lanes</h1>{Story}</article>
            <article class="more"><article class="post">{OtherPost}</article><article class="post">{OtherPost.Replace("ferry", "cargo", StringComparison.Ordinal)}</article>
            <article class="post">{OtherPost.Replace("ferry", "cruise", StringComparison.Ordinal)}</article></article></main></body></html>
            """);
        Assert.StartsWith("The city council voted", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("harbour board", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void TeaserArticlesNestedInThePostLeaveThePostWhole()
    {
        var doc = Extract($"""
            <html><body><article class="detail"><h1>Council backs bike lanes</h1><div class="bodytext">{Story}</div>
            <aside><h3>Most read</h3><article class="teaser">{OtherPost}</article></aside></article></body></html>
            """);
        Assert.StartsWith("The city council voted", doc.Text, StringComparison.Ordinal);
        Assert.Contains("publish a timetable next month.", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void WordsStayApartAtBlockBoundaries()
    {
        var doc = Extract($"<html><body><div class=\"story\">{Story}<div>He gave an interview</div><div>Mr Smith said the plan was fair and that the council had listened to every side.</div></div></body></html>");
        Assert.DoesNotContain("interviewMr", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Mr Smith said", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ListItemsInsideTheBodyBecomeParagraphs()
    {
        var doc = Extract($"""
            <html><body><div class="post-content">{Story}
            <ul><li>Lanes on Main Street, finished by April.</li><li>Lanes on River Road, finished by June.</li></ul>
            <p>Officials said further routes would follow once the first results were known, probably next year.</p></div>
            <div class="sidebar"><ul><li><a href="/a">Other story one</a></li><li><a href="/b">Other story two</a></li></ul></div></body></html>
            """);
        Assert.Contains("Lanes on Main Street, finished by April.", doc.Paragraphs.Select(p => doc.TextOf(p.Span)));
        Assert.Contains("Lanes on River Road, finished by June.", doc.Paragraphs.Select(p => doc.TextOf(p.Span)));
        Assert.DoesNotContain("Other story", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void CaptionsAreNotBody()
    {
        var doc = Extract($"""
            <html><body><article>{Story}<figure><img src="a.jpg"><figcaption>A cyclist on the new lane. Photo: Jane Roe</figcaption></figure>
            <p>Construction will be paid for by the regional transport fund and a grant from the national government.</p></article></body></html>
            """);
        Assert.DoesNotContain("A cyclist on the new lane", doc.Text, StringComparison.Ordinal);
        Assert.Contains(doc.Removed, r => r.Reason == RemovalReason.Caption && r.Text.Contains("cyclist", StringComparison.Ordinal));
        Assert.Contains("regional transport fund", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void FallsBackWhenClassHintsRemoveTheWholeArticle()
    {
        // The only text sits in a wrapper whose class looks like a teaser box: the first pass finds nothing, the
        // hint-free pass recovers the article.
        var doc = Extract($"<html><body><div class=\"wrapper\"><div class=\"related\">{Story}</div><div class=\"menu\"><a href=\"/\">Home</a></div></div><div class=\"teaser-box\"><p>Short.</p></div></body></html>");
        Assert.Contains("The city council voted", doc.Text, StringComparison.Ordinal);
        Assert.Contains("transport department", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DecodesWindows1251PageByItsMetaCharset()
    {
        var html = "<html><head><meta charset=\"windows-1251\"><title>Новости</title></head><body><div class=\"article\">"
                   + "<p>Городской совет во вторник проголосовал за расширение сети велосипедных дорожек, что вызвало споры среди жителей.</p>"
                   + "<p>Сторонники говорят, что дорожки сделают улицы безопаснее, а владельцы магазинов опасаются потери парковок.</p></div></body></html>";
        var doc = Extract(html, Encoding.GetEncoding(1251));
        Assert.Contains("Городской совет во вторник", doc.Text, StringComparison.Ordinal);
        Assert.Equal("Новости", doc.Metadata.Title);
    }

    [Fact]
    public void DecodesShiftJisPageByItsMetaCharset()
    {
        var html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=Shift_JIS\"></head><body><div class=\"article\">"
                   + "<p>市議会は火曜日、自転車専用レーンの拡張計画を承認した。住民の間では二年以上にわたり賛否が分かれていた。</p>"
                   + "<p>支持者は道路が安全になると述べる一方、商店主は駐車場の減少が商売に響くと懸念している。</p></div></body></html>";
        var doc = Extract(html, Encoding.GetEncoding("shift_jis"));
        Assert.Contains("市議会は火曜日", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DetectsUndeclaredWindows1251()
    {
        var html = "<html><body><div class=\"article\">"
                   + "<p>Городской совет во вторник проголосовал за расширение сети велосипедных дорожек, что вызвало споры среди жителей города.</p>"
                   + "<p>Сторонники говорят, что дорожки сделают улицы безопаснее, а владельцы магазинов опасаются потери парковочных мест в центре.</p>"
                   + "<p>Первые новые дорожки откроются весной, сообщили в транспортном департаменте, который опубликует график в следующем месяце.</p></div></body></html>";
        var doc = Extract(html, Encoding.GetEncoding(1251));
        Assert.Contains("Городской совет во вторник", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DetectsUndeclaredShiftJis()
    {
        var html = "<html><body><div class=\"article\">"
                   + "<p>市議会は火曜日、自転車専用レーンの拡張計画を承認した。住民の間では二年以上にわたり賛否が分かれていた。</p>"
                   + "<p>支持者は道路が安全になると述べる一方、商店主は駐車場の減少が商売に響くと懸念している。</p>"
                   + "<p>交通局によると、最初の新しいレーンは春に開通する予定で、来月には詳しい日程が発表される。</p></div></body></html>";
        var doc = Extract(html, Encoding.GetEncoding("shift_jis"));
        Assert.Contains("市議会は火曜日", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadsMetadataFromJsonLdAndMetaTags()
    {
        var doc = Extract($$"""
            <html lang="en-GB"><head><title>Council backs bike lanes | The Daily Example</title>
            <meta property="og:site_name" content="The Daily Example"><meta property="og:image" content="https://example.com/a.jpg">
            <meta name="description" content="The council voted for more lanes.">
            <link rel="canonical" href="https://example.com/news/bike-lanes">
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Council backs bike lanes",
              "datePublished":"2024-03-12T09:30:00+01:00","dateModified":"2024-03-13T10:00:00+01:00",
              "author":[{"@type":"Person","name":"Jane Doe"},{"@type":"Person","name":"John Roe"}]}</script></head>
            <body><article>{{Story}}</article></body></html>
            """);
        var m = doc.Metadata;
        Assert.Equal("Council backs bike lanes", m.Title);
        Assert.Equal("2024-03-12", m.Published);
        Assert.Equal("2024-03-13", m.Modified);
        Assert.Equal(["Jane Doe", "John Roe"], m.Authors);
        Assert.Equal("The Daily Example", m.SiteName);
        Assert.Equal("en", m.Language);
        Assert.Equal("https://example.com/news/bike-lanes", m.Url);
        Assert.Equal("https://example.com/a.jpg", m.Image);
        Assert.Equal("The council voted for more lanes.", m.Description);
    }

    [Fact]
    public void CleansTheSiteNameFromTheDocumentTitleAndDropsOutletAuthors()
    {
        var doc = Extract($"""
            <html><head><title>Council backs bike lanes in the old town | Daily Example</title><meta name="author" content="Staff">
            <meta property="og:site_name" content="Daily Example"></head><body><article><p class="byline">By Jane Doe and John Roe</p>{Story}</article></body></html>
            """);
        Assert.Equal("Council backs bike lanes in the old town", doc.Metadata.Title);
        Assert.Equal(["Jane Doe", "John Roe"], doc.Metadata.Authors);
        Assert.DoesNotContain("By Jane Doe", doc.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<div class=\"date\">Veröffentlicht am 12. März 2020, 10:15 Uhr</div>", "2020-03-12")]
    [InlineData("<span class=\"post-date\">12.03.2020</span>", "2020-03-12")]
    [InlineData("<p class=\"meta\">Posted on March 12, 2020 by Jane</p>", "2020-03-12")]
    [InlineData("<time datetime=\"2020-03-12T08:00:00+01:00\">vor zwei Tagen</time>", "2020-03-12")]
    [InlineData("<div class=\"news-time-ago\" title=\"2020-03-12T14:20:02Z\">3 hours ago</div>", "2020-03-12")]
    [InlineData("<span class=\"article_date_time\" data-date-time=\"2020-03-12 20:06:13\">2020.03.12. 20:06</span>", "2020-03-12")]
    public void FindsPublicationDatesInThePage(string dateMarkup, string expected)
    {
        var doc = Extract($"<html><head><script>var built = '2019-01-01';</script></head><body><article>{dateMarkup}{Story}</article></body></html>");
        Assert.Equal(expected, doc.Metadata.Published);
    }

    [Fact]
    public void ReadsScriptsOnlyForAPublicationKeyAndOnlyWhenThePageShowsNoDate()
    {
        var doc = Extract($"<html><body><script>var published = \"2019-01-01\"; var d = '12.03.2020';</script><article>{Story}</article></body></html>");
        Assert.Null(doc.Metadata.Published);

        const string data = "<script>window.__STATE__ = {\"story\":{\"published_at\":\"2019-03-02T06:22:28+01:00\"}};</script>";
        Assert.Equal("2019-03-02", Extract($"<html><body>{data}<article>{Story}</article></body></html>").Metadata.Published);
        Assert.Equal("2020-03-12", Extract($"<html><body>{data}<article><p class=\"date\">12.03.2020</p>{Story}</article></body></html>").Metadata.Published);
        Assert.Equal("2022-01-10", Extract($"<html><body><div data-props='{{\"created_at\":\"2022-01-10T22:06:08Z\"}}'></div><article>{Story}</article></body></html>").Metadata.Published);
    }

    [Fact]
    public void TellsModificationFromPublication()
    {
        var doc = Extract($"<html><body><article><p class=\"meta\">Updated 14.03.2020 – first published 12.03.2020</p>{Story}</article></body></html>");
        Assert.Equal("2020-03-12", doc.Metadata.Published);
    }
}
