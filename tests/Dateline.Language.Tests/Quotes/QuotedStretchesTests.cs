using Dateline.Core.Model;
using Dateline.Language.Quotes;

namespace Dateline.Language.Tests.Quotes;

/// <summary>The quote extractor assigns the quoted stretches (marks included) it reads its quotes from, once per document.</summary>
public class QuotedStretchesTests
{
    [Fact]
    public void TheQuoteExtractorAssignsTheQuotedStretchesMarksIncluded()
    {
        const string Text = "“We will vote next week,” she said. The film “Parasite” won.";
        var doc = GivenEntities.Pipeline([]).Process(Document.FromText("t", Text)).Document!;
        Assert.Equal(["“We will vote next week,”", "“Parasite”"], doc.Layer<QuotedStretch>().Select(q => doc.TextOf(q.Span)));
    }

    [Fact]
    public void AnEnglishTextWithoutQuotesHasTheLayerEmpty()
    {
        var doc = GivenEntities.Pipeline([]).Process(Document.FromText("t", "The council met on Monday and voted.")).Document!;
        Assert.True(doc.HasLayer<QuotedStretch>());
        Assert.Empty(doc.Layer<QuotedStretch>());
    }
}
