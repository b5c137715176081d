using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Language.Quotes;
using Dateline.Language.Times;

namespace Dateline.Language.Tests.Times;

public class TimeTaggerTests
{
    /// <summary>
    /// A quoted "last night" in a story told the day before publication counts from the story's day: the tagger knows
    /// it is quoted from the quote extractor's <see cref="QuotedStretchesLayer"/>, not from marks it finds itself.
    /// </summary>
    [Fact]
    public void TheTaggerReadsTheQuotedStretchesFromTheirLayer()
    {
        const string Text = "Rivals met at a debate here Wednesday night. At 9:30 p.m., the campaign wrote: “Trump lost Last Night.”";
        var doc = GivenEntities.Pipeline([]).Process(Document.FromText("t", Text, new ArticleMetadata { Published = "2023-11-09" })).Document!;
        string LastNight(Document d) => d.Layer<TimeExpression>().Single(t => d.TextOf(t.Span) == "Last Night").Value!;
        Assert.Equal("2023-11-07TNI", LastNight(doc));

        var unquoted = new TimeTagger().Process(doc.WithLayer<QuotedStretch>([]), ProcessingContext.None);
        Assert.NotEqual("2023-11-07TNI", LastNight(unquoted)); // the same words with no quoted stretch count from publication
    }
}
