using AngleSharp.Html.Parser;
using Dateline.Core.Model;
using Dateline.Extraction.Metadata;

namespace Dateline.Extraction.Tests.Metadata;

/// <summary>Titles and authors read from small hand-written pages.</summary>
public class MetadataReaderTests
{
    private static ArticleMetadata Read(string html, MetadataReaderOptions? options = null)
    {
        var page = new HtmlParser().ParseDocument(html);
        return new MetadataReader(new DateOnly(2030, 1, 1), options: options).Read(page, "https://www.harbourherald.com/news/ferry").Article;
    }

    private static ArticleMetadata ReadWithoutKnownUrl(string html)
        => new MetadataReader(new DateOnly(2030, 1, 1)).Read(new HtmlParser().ParseDocument(html), null).Article;

    [Fact]
    public void TakesTheFirstCanonicalLinkElement()
    {
        var m = ReadWithoutKnownUrl("""
            <html><head><title>Ferry</title></head><body><a rel="canonical" href="https://www.harbourherald.com/a">a</a>
            <link rel="canonical" href="https://www.harbourherald.com/news/ferry"><link rel="canonical" href="https://www.harbourherald.com/b"></body></html>
            """);
        Assert.Equal("https://www.harbourherald.com/news/ferry", m.Url);
    }

    [Fact]
    public void ReadsJsonLdInTheBodyAndOnlyScriptsOfItsType()
    {
        var m = Read("""
            <html><head><script type="application/json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Tom Ek"}}</script></head>
            <body><p>Text.</p><script type="application/ld+json">{"@type":"NewsArticle","author":{"@type":"Person","name":"Mara Lind"}}</script></body></html>
            """);
        Assert.Equal(["Mara Lind"], m.Authors);
    }

    [Theory]
    [InlineData("<time pubdate>5 March 2024</time>")]
    [InlineData("<span itemprop=\"dateCreated\" content=\"2024-03-05\">yesterday</span>")]
    public void ReadsTheDateMarkedAsThePublicationDate(string marked)
    {
        var m = Read($"<html><head><title>Ferry</title></head><body><p>Text of 1 January 2020.</p>{marked}</body></html>");
        Assert.Equal("2024-03-05", m.Published);
    }

    private const string SiteName = "<meta property=\"og:site_name\" content=\"Harbour Herald\">";

    [Fact]
    public void ResolvesAuthorReferencesInTheGraph()
    {
        var m = Read("""
            <html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"NewsArticle","headline":"Ferry terminal reopens","author":{"@id":"https://example.org/#/person/1"}},
              {"@type":"Person","@id":"https://example.org/#/person/1","name":"Mara Lind"}]}</script></head><body></body></html>
            """);
        Assert.Equal(["Mara Lind"], m.Authors);
    }

    [Fact]
    public void ReadsJsonLdWithRawLineBreaksInStrings()
    {
        var m = Read("<html><head><script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"articleBody\":\"one\nline\",\"author\":{\"@type\":\"Person\",\"name\":\"Mara Lind\"}}</script></head><body></body></html>");
        Assert.Equal(["Mara Lind"], m.Authors);
    }

    [Fact]
    public void WidensTheFirstAuthorToTheBylinesFullList()
    {
        var m = Read($"""
            <html><head>{SiteName}<meta name="author" content="Mara Lind"></head><body><article>
            <div class="byline" itemprop="author">By <a rel="author">Mara Lind</a>, <a rel="author">Tom Ek</a>, <a rel="author">Harbour Herald</a></div></article></body></html>
            """);
        Assert.Equal(["Mara Lind", "Tom Ek"], m.Authors);
    }

    [Fact]
    public void PrefersAPersonInTheBylineToTheOutletInTheMetadata()
    {
        var m = Read($"""<html><head>{SiteName}<meta name="author" content="Harbour Herald"></head><body><p class="byline">By Mara Lind</p></body></html>""");
        Assert.Equal(["Mara Lind"], m.Authors);
    }

    [Fact]
    public void NamesTheOrganisationOnlyWhenNobodyIsNamed()
    {
        const string page = """
            <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"Ferry terminal reopens",
            "author":{"@type":"Organization","name":"Harbour Ferries Authority"}}</script></head><body></body></html>
            """;
        Assert.Equal(["Harbour Ferries Authority"], Read(page).Authors);
        Assert.Empty(Read(page, new MetadataReaderOptions { OrganisationWhenNobodyIsNamed = false }).Authors);
    }

    [Fact]
    public void NamesTheSiteWhenItsMetadataGivesNoOtherAuthor()
        => Assert.Equal(["Harbour Herald"], Read($"""<html><head>{SiteName}<meta property="article:author" content="Harbour Herald"></head><body></body></html>""").Authors);

    [Fact]
    public void TakesNoBylineFromThePageFooter()
    {
        var m = Read("""<html><body><article><p>Story.</p></article><footer class="site-footer">Theme by <a rel="author">Pixel Themes</a></footer></body></html>""");
        Assert.Empty(m.Authors);
    }

    [Fact]
    public void KeepsTheBylineInAPostsOwnFooter()
    {
        var m = Read("""<html><body><article><p>Story.</p><footer class="entry-footer">by <a rel="author">Mara Lind</a></footer></article></body></html>""");
        Assert.Equal(["Mara Lind"], m.Authors);
    }

    [Fact]
    public void ReadsMicrodataNamesFromMetaContent()
    {
        var m = Read("""<html><body><div itemprop="author" itemscope><meta itemprop="name" content="flerche"></div></body></html>""");
        Assert.Equal(["flerche"], m.Authors);
    }

    [Fact]
    public void TheHeadlineDecidesBetweenJsonLdNameAndHeadline()
    {
        var m = Read("""
            <html><head><title>Ferry reopening explained - Harbour Herald</title><script type="application/ld+json">{"@type":"NewsArticle",
            "name":"Ferry reopening explained - Harbour Herald","headline":"After two years, the ferry terminal reopens"}</script></head>
            <body><h1>After two years, the ferry terminal reopens</h1></body></html>
            """);
        Assert.Equal("After two years, the ferry terminal reopens", m.Title);
    }

    [Fact]
    public void KeepsTheStatedTitleByDefaultAndShowsTheVisibleHeadlineWhenAsked()
    {
        var page = $"""
            <html><head>{SiteName}<title>Ferry reopening | Harbour Herald</title><meta property="og:title" content="Ferry terminal reopens | Harbour Herald">
            <meta name="twitter:title" content="Ferry terminal reopens after two years"></head>
            <body><h1>Ferry terminal reopens after two years</h1></body></html>
            """;
        Assert.Equal("Ferry terminal reopens | Harbour Herald", Read(page).Title);
        Assert.Equal("Ferry terminal reopens after two years", Read(page, new MetadataReaderOptions { VisibleHeadlineTitles = true }).Title);
    }

    [Fact]
    public void TakesNoHeadlineInApplicationNameForTheSiteName()
    {
        var page = new HtmlParser().ParseDocument("""
            <html><head><title>Student halls too full to be safe, experts warn</title>
            <meta name="application-name" content="Student halls too full to be safe, experts warn"></head><body></body></html>
            """);
        Assert.Null(new MetadataReader(new DateOnly(2030, 1, 1)).Read(page, "https://www.harbourherald.com/news/halls").Article.SiteName);
    }

    [Theory]
    [InlineData("U.S.")]
    [InlineData("UK")]
    public void TakesNoEditionLabelForTheSiteName(string edition)
    {
        var page = new HtmlParser().ParseDocument($$$"""
            <html><head><title>Ferry terminal reopens</title><meta property="og:site_name" content="{{{edition}}}">
            <script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Harbour Herald"}}</script>
            </head><body></body></html>
            """);
        Assert.Equal("Harbour Herald", new MetadataReader(new DateOnly(2030, 1, 1)).Read(page, "https://www.harbourherald.com/news/ferry").Article.SiteName);
    }

    [Theory]
    [InlineData("<title>Ferry terminal reopens | Harbour Herald</title>", "Harbour Herald")]
    [InlineData("<title>Harbour Herald » Ferry terminal reopens</title>", "Harbour Herald")]
    [InlineData("<title>Ferry terminal reopens | Harbour Herald</title><meta property=\"og:site_name\" content=\"Harbour Herald | News, weather and ferries of the bay\">", "Harbour Herald")]
    [InlineData("<title>Ferry terminal reopens | Harbour Herald</title><meta property=\"og:site_name\" content=\"The Bay's paper | Harbour Herald\">", "Harbour Herald")]
    [InlineData("<title>Harbour Herald readers choose the new ferry timetable for the bay | Bay News</title>", null)]
    [InlineData("<title>Ferry terminal reopens | Bay News</title>", null)]
    [InlineData("<title>Ferry terminal reopens | Bay News</title><meta property=\"og:site_name\" content=\"Bay News\">", "Bay News")]
    public void TakesTheSiteNameFromThePartOfATitleThatNamesTheHost(string head, string? siteName)
    {
        var page = new HtmlParser().ParseDocument($"<html><head>{head}</head><body></body></html>");
        Assert.Equal(siteName, new MetadataReader(new DateOnly(2030, 1, 1)).Read(page, "https://www.harbourherald.com/news/ferry").Article.SiteName);
    }

    [Theory]
    [InlineData("dc.Creator")]
    [InlineData("citation_author")]
    public void ReadsEveryAuthorOfAScholarlyPage(string key)
    {
        var m = Read($"""
            <html><head><meta name="{key}" content=" Mara Lind "><meta name="{key}" content="Tom Ek"><meta name="{key}" content="Ana Rus"></head>
            <body></body></html>
            """);
        Assert.Equal(["Mara Lind", "Tom Ek", "Ana Rus"], m.Authors);
    }

    [Fact]
    public void TakesApplicationNameForTheSiteNameWhenItIsNoHeadline()
    {
        var page = new HtmlParser().ParseDocument("""
            <html><head><title>Student halls too full to be safe, experts warn</title>
            <meta name="application-name" content="Harbour Herald"></head><body></body></html>
            """);
        Assert.Equal("Harbour Herald", new MetadataReader(new DateOnly(2030, 1, 1)).Read(page, "https://www.harbourherald.com/news/halls").Article.SiteName);
    }

    [Fact]
    public void CleansTheDocumentTitleOfTheSiteName()
        => Assert.Equal("Ferry terminal reopens", Read($"<html><head>{SiteName}<title>Ferry terminal reopens | Harbour Herald</title></head><body></body></html>").Title);
}
