using Dateline.Extraction.Metadata;

namespace Dateline.Extraction.Tests.Metadata;

public class TitleCleanerTests
{
    private static readonly SiteIdentity Site = new("Harbour Herald", null, "www.harbourherald.com");

    [Theory]
    [InlineData("Ferry terminal reopens | Harbour Herald")]
    [InlineData("Harbour Herald - Ferry terminal reopens")]
    [InlineData("Ferry terminal reopens – HARBOURHERALD.COM")]
    [InlineData("Ferry terminal reopens • Harbour Herald")]
    public void DropsTheSiteName(string title) => Assert.Equal("Ferry terminal reopens", TitleCleaner.Clean(title, Site, [], fromDocumentTitle: false));

    [Fact]
    public void KeepsThePartAnotherSourceStatesAlone()
    {
        // No site name is known: the h1 tells which part is the headline.
        var title = TitleCleaner.Clean("Ferry terminal reopens after two years - Coastal Notes and Views Online", SiteIdentity.None, ["Ferry terminal reopens after two years"], fromDocumentTitle: false);
        Assert.Equal("Ferry terminal reopens after two years", title);
    }

    [Fact]
    public void KeepsAHeadlineWhoseOwnWordsLookLikeSeparators()
        => Assert.Equal("Ferry: the terminal reopens - and the town cheers", TitleCleaner.Clean("Ferry: the terminal reopens - and the town cheers", SiteIdentity.None, [], fromDocumentTitle: false));

    [Fact]
    public void DecodesEntitiesLeftByDoubleEscaping()
        => Assert.Equal("\"Open\" again", TitleCleaner.Clean("&quot;Open&quot; again", SiteIdentity.None, [], fromDocumentTitle: false));

    [Fact]
    public void ComparesHeadlinesWhateverTheirQuotesAndCase()
    {
        Assert.True(TitleCleaner.Same("It’s  “open” – again", "it's \"Open\" - again"));
        Assert.False(TitleCleaner.Same("Open again", "Closed again"));
    }
}
