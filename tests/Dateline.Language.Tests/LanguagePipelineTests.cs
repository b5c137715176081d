using Dateline.Core.Pipeline;
using Dateline.Extraction;
using Dateline.Language.Amounts;
using Dateline.Language.Events;
using Dateline.Language.Quotes;
using Dateline.Language.Relations;
using Dateline.Language.Resolution;
using Dateline.Language.Sentences;
using Dateline.Language.Tagging;
using Dateline.Language.Times;
using Dateline.Language.Tokens;
using Dateline.Language.Works;

namespace Dateline.Language.Tests;

/// <summary>The language components declare what they read: a pipeline without it is refused, naming the component and the layer.</summary>
public class LanguagePipelineTests
{
    public static TheoryData<string, string, string> Missing => new()
    {
        { "tokens entities quotes", "quotes", "sentences" },
        { "tokens sentences quotes", "quotes", "mentions, entities" },
        { "tokens times", "times", "sentences, titles, quoted, pos" },
        { "tokens sentences titles times", "times", "quoted, pos" }, // the quoted stretches are the quote extractor's: no times without it
        { "tokens sentences titles entities quotes times", "times", "pos" }, // the verb that governs a weekday is read from the tags
        { "amounts", "amounts", "times, titles" },
        { "tokens sentences entities events", "events", "quotes, times, pos" },
        { "tokens sentences titles entities quotes pos times amounts relations", "relations", "events" },
        { "tokens sentences resolver", "entity-resolver", "mentions, titles" },
        { "sentences", "sentences", "tokens" },
    };

    [Theory]
    [MemberData(nameof(Missing))]
    public void AComponentWithoutWhatItReadsIsRefused(string components, string component, string missing)
    {
        var builder = new PipelineBuilder().UseGivenText();
        foreach (var name in components.Split(' '))
        {
            builder.Add(name switch
            {
                "tokens" => new TokenizerComponent(),
                "sentences" => new SentenceSplitterComponent(),
                "entities" => new GivenEntities([]),
                "resolver" => new EntityResolverComponent(),
                "quotes" => new QuoteExtractor(),
                "titles" => new QuotedTitlesComponent(),
                "pos" => new PosTaggerComponent(PosTagsLayer.Working),
                "times" => new TimeTagger(),
                "amounts" => new AmountExtractor(),
                "events" => new EventExtractor(),
                _ => new RelationDeriver(),
            });
        }

        var e = Assert.Throws<InvalidOperationException>(builder.Build);
        Assert.Equal($"component {component} requires {missing}, which no earlier component assigns", e.Message);
    }

    [Fact]
    public void TheFullPipelineRegistersEveryLanguageLayerInOrder()
    {
        var layers = new PipelineBuilder().UseGivenText().UseLanguage().Layers.Select(l => l.Name);
        Assert.Equal(["paragraphs", "related", "removed", "tokens", "sentences", "titles", "mentions", "entities", "pos", "quotes", "quoted", "times", "amounts", "events", "relations"], layers);
    }
}
