namespace Dateline.Extraction.Tests.Html;

/// <summary>The choice of the content container: standfirsts outside it, and boxes the class hints favour over the article.</summary>
public class ContentSelectionTests
{
    private const string Story =
        "<p>The city council voted on Tuesday to expand the bicycle lane network, a plan that has divided residents for more than two years.</p>"
        + "<p>Supporters said the lanes would make streets safer, while shop owners warned that losing parking would hurt business in the old town.</p>"
        + "<p>The first new lanes are due to open in the spring, according to the transport department, which will publish a timetable next month.</p>";

    private const string Lead = "Residents of the old town will lose a third of their parking spaces to the new lanes.";

    [Fact]
    public void StandfirstBetweenHeadlineAndBodyIsKeptFirst()
    {
        var doc = HtmlExtractionTests.Extract($"""
            <html><body><div class="page"><div class="top"><h1>Council backs bike lanes</h1><p>{Lead}</p></div>
            <div class="article-body">{Story}</div></div></body></html>
            """);
        Assert.StartsWith(Lead, doc.Text, StringComparison.Ordinal);
        Assert.Contains("The city council voted", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LeadMarkedByItsClassIsKeptWithoutAHeadline()
    {
        var doc = HtmlExtractionTests.Extract($"""
            <html><body><article><div class="article-intro"><p>{Lead}</p></div>
            <div class="article-body">{Story}</div></article></body></html>
            """);
        Assert.StartsWith(Lead, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void UnmarkedProseBeforeTheBodyWithoutAHeadlineIsLeftOut()
    {
        var doc = HtmlExtractionTests.Extract($"""
            <html><body><article><div class="box"><p>{Lead}</p></div>
            <div class="article-body">{Story}</div></article></body></html>
            """);
        Assert.StartsWith("The city council voted", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(Lead, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LeadTheMetaDescriptionNamesIsKeptWhereverItSits()
    {
        var doc = HtmlExtractionTests.Extract($"""
            <html><head><meta name="description" content="{Lead}"></head><body>
            <div class="hero"><div class="hero-text"><p>{Lead}</p></div></div>
            <div class="wrap"><div class="cols"><div class="article-body">{Story}</div></div></div></body></html>
            """);
        Assert.StartsWith(Lead, doc.Text, StringComparison.Ordinal);
        Assert.Contains("The city council voted", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DeckSetAsPlainSubheadingIsLeftOutEvenWhenDescribed()
    {
        var doc = HtmlExtractionTests.Extract($"""
            <html><head><meta name="description" content="{Lead}"></head><body>
            <div class="hero"><div class="hero-text"><h2>{Lead}</h2></div></div>
            <div class="wrap"><div class="cols"><div class="article-body">{Story}</div></div></div></body></html>
            """);
        Assert.StartsWith("The city council voted", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void LeadOfParagraphLengthSetAsHeadingIsKeptWhenDescribed()
    {
        const string lead = "Residents of the old town will lose a third of their parking spaces to the new lanes. "
            + "Shop owners say they will take the council to court before the first of the new lanes opens in the spring.";
        var doc = HtmlExtractionTests.Extract($"""
            <html><head><meta name="description" content="{lead}"></head><body>
            <div class="hero"><div class="hero-text"><h3>{lead}</h3></div></div>
            <div class="wrap"><div class="cols"><div class="article-body">{Story}</div></div></div></body></html>
            """);
        Assert.StartsWith(lead, doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AbstractWithSubHeadingsTheDescriptionSpellsIsKept()
    {
        const string purpose = "The review asks which drugs in common use cause the reaction.";
        const string findings = "Allopurinol and two antibiotics were named most often.";
        var doc = HtmlExtractionTests.Extract($"""
            <html><head><meta name="description" content="{purpose} {findings}"></head><body>
            <section class="box"><h2>Abstract</h2><div><h3>Purpose</h3><p>{purpose}</p><h3>Findings</h3><p>{findings}</p></div></section>
            <div class="wrap"><div class="cols"><div class="article-body">{Story}</div></div></div></body></html>
            """);
        Assert.StartsWith("Purpose", doc.Text, StringComparison.Ordinal);
        Assert.Contains(findings, doc.Text, StringComparison.Ordinal);
        Assert.Contains("The city council voted", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void DescribedLeadIsNotRepeatedWhenTheBodyHoldsIt()
    {
        var doc = HtmlExtractionTests.Extract($"""
            <html><head><meta name="description" content="{Lead}"></head><body>
            <div class="hero"><p>{Lead}</p></div>
            <div class="article-body"><p>{Lead}</p>{Story}</div></body></html>
            """);
        Assert.Equal(doc.Text.IndexOf(Lead, StringComparison.Ordinal), doc.Text.LastIndexOf(Lead, StringComparison.Ordinal));
    }

    [Fact]
    public void CaptionBetweenHeadlineAndBodyIsNoStandfirst()
    {
        var doc = HtmlExtractionTests.Extract($"""
            <html><body><div class="page"><div class="top"><h1>Council backs bike lanes</h1>
            <p>Cyclists on the main street of the old town on Monday morning. (Photo: City Archive)</p></div>
            <div class="article-body">{Story}</div></div></body></html>
            """);
        Assert.StartsWith("The city council voted", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("City Archive", doc.Text, StringComparison.Ordinal);
    }

    private const string MoreStory =
        "<p>Council members who voted against the plan said they would ask the regional court to review the decision before work begins.</p>"
        + "<p>The mayor, who proposed the network in her campaign, called the vote a turning point for the way people move around the city.</p>"
        + "<p>Shop owners in the old town have collected more than four thousand signatures against the removal of parking along the river.</p>";

    [Fact]
    public void ArticleBesideABoxTheHintsFavourWins()
    {
        // The hints favour the "entry-content" box of the sidebar (one paragraph, enough on its own to pass as a body);
        // without them, the unmarked article, twice as long and beside the box, wins.
        var doc = HtmlExtractionTests.Extract($"""
            <html><body><div class="side"><div><div class="entry-content"><p>Our association has supported cycling in the region since 1982, with guided rides, repair workshops, and advice for families, schools, and companies. Members receive the quarterly magazine, insurance on every ride, and discounts in more than forty partner shops, from bicycle dealers to outdoor outfitters, across the whole region.</p></div>
            <ul><li><a href="/join">Join us</a></li><li><a href="/rides">Rides</a></li></ul></div></div>
            <div class="main"><div class="col">{Story}{MoreStory}</div></div></body></html>
            """);
        Assert.StartsWith("The city council voted", doc.Text, StringComparison.Ordinal);
        Assert.Contains("Shop owners in the old town", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Our association", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ArticleBesideABoxTheHintsFavourWinsWhenBothOpenWithTheDescribedLead()
    {
        // Both passes put the described lead first; that shared standfirst does not make the box part of the article.
        var doc = HtmlExtractionTests.Extract($"""
            <html><head><meta name="description" content="{Lead}"></head><body><div class="hero"><p>{Lead}</p></div>
            <div class="side"><div><div class="entry-content"><p>Our association has supported cycling in the region since 1982, with guided rides, repair workshops, and advice for families, schools, and companies. Members receive the quarterly magazine, insurance on every ride, and discounts in more than forty partner shops, from bicycle dealers to outdoor outfitters, across the whole region.</p></div>
            <ul><li><a href="/join">Join us</a></li><li><a href="/rides">Rides</a></li></ul></div></div>
            <div class="main"><div class="col">{Story}{MoreStory}</div></div></body></html>
            """);
        Assert.StartsWith(Lead, doc.Text, StringComparison.Ordinal);
        Assert.Contains("Shop owners in the old town", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Our association", doc.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ShortArticleIsNotTradedForTheArticleWithItsSurroundings()
    {
        // Without the hints the comments join the post: the longer body holds the short one, which stays.
        var doc = HtmlExtractionTests.Extract($"""
            <html><body><div class="post-content">{Story}</div>
            <div class="discussion-area"><div>{MoreStory}</div><div>{MoreStory.Replace("Council", "Two council", StringComparison.Ordinal)}</div></div></body></html>
            """);
        Assert.StartsWith("The city council voted", doc.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("regional court", doc.Text, StringComparison.Ordinal);
    }
}
