using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Extraction;
using Dateline.Language.Tagging;
using Dateline.Language.Tokens;

namespace Dateline.Language.Tests.Tagging;

public class PosTaggerTests
{
    private static readonly Pipeline Tagging = new PipelineBuilder().UseGivenTextAndLanguage().Add(new PosTaggerComponent()).Build();

    private static List<(string Word, PartOfSpeech Tag)> Tag(string text)
    {
        var result = Tagging.Process(Document.FromText(string.Empty, text, new ArticleMetadata()));
        Assert.True(result.Succeeded, result.Error?.Message);
        var doc = result.Document!;
        Assert.Equal(doc.Layer<Token>().Length, doc.Layer<TaggedToken>().Length);
        return [.. doc.Layer<TaggedToken>().Select(t => (doc.Text[t.Span.Start..t.Span.End], t.Tag))];
    }

    [Fact]
    public void The_shipped_model_tags_a_news_sentence()
    {
        var tags = Tag("The mayor said on Tuesday that 40 new buses will arrive in Halifax next month.");
        Assert.Equal(
            [PartOfSpeech.DT, PartOfSpeech.NN, PartOfSpeech.VBD, PartOfSpeech.IN, PartOfSpeech.NNP, PartOfSpeech.IN, PartOfSpeech.CD, PartOfSpeech.JJ,
             PartOfSpeech.NNS, PartOfSpeech.MD, PartOfSpeech.VB, PartOfSpeech.IN, PartOfSpeech.NNP, PartOfSpeech.JJ, PartOfSpeech.NN, PartOfSpeech.Period],
            tags.Select(t => t.Tag));
    }

    [Fact]
    public void A_word_that_is_noun_or_verb_is_read_from_its_context()
    {
        Assert.Equal(PartOfSpeech.NNS, Tag("The protests spread to three cities.").Single(t => t.Word == "protests").Tag);
        Assert.Equal(PartOfSpeech.VBP, Tag("The rebels attack convoys at night.").Single(t => t.Word == "attack").Tag);
        var plans = Tag("The government plans to attack the problem.");
        Assert.Equal(PartOfSpeech.VBZ, plans.Single(t => t.Word == "plans").Tag);
        Assert.Equal(PartOfSpeech.VB, plans.Single(t => t.Word == "attack").Tag);
    }

    [Fact]
    public void Every_token_of_every_sentence_gets_a_tag()
    {
        var tags = Tag("Rain fell.\n\nThen the wind came, and the river rose ( again ) in the night!");
        Assert.Contains(tags, t => t.Word == "(" && t.Tag == PartOfSpeech.OpenBracket);
        Assert.Contains(tags, t => t.Word == "," && t.Tag == PartOfSpeech.Comma);
        Assert.Equal(PartOfSpeech.VBD, tags.Single(t => t.Word == "rose").Tag);
    }

    [Fact]
    public void The_tagger_needs_tokens_and_sentences()
    {
        var e = Assert.Throws<InvalidOperationException>(new PipelineBuilder().UseGivenText().Add(new TokenizerComponent()).Add(new PosTaggerComponent()).Build);
        Assert.Equal("component pos requires sentences, which no earlier component assigns", e.Message);
    }

    [Fact]
    public void Written_tags_read_back_as_the_same_tag()
    {
        foreach (var tag in Enum.GetValues<PartOfSpeech>())
        {
            Assert.Equal(tag, PennTags.Parse(PennTags.Format(tag)));
        }

        Assert.Equal(PartOfSpeech.PRPS, PennTags.Parse("PRP$"));
        Assert.Equal(PartOfSpeech.Quote, PennTags.Parse("''"));
        Assert.Equal(PartOfSpeech.OpenBracket, PennTags.Parse("LRB"));
        Assert.Equal(PartOfSpeech.Other, PennTags.Parse("NFP"));
    }
}
