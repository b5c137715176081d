using Dateline.Core.Model;
using Dateline.Language.Scope;

namespace Dateline.Language.Tests.Scope;

/// <summary>The English layers read English text (or text of unknown language in the Latin script) and nothing else, and say so.</summary>
public class EnglishScopeTests
{
    private const string English = "BERLIN — Chancellor Angela Merkel said on Monday that Germany would send 500 troops to Mali by March, and the opposition accused her of acting alone.";

    private const string German = "Bundeskanzlerin Angela Merkel sagte am Montag, dass Deutschland bis März 500 Soldaten nach Mali schicken werde, und die Opposition warf ihr vor, allein zu handeln. Die Entscheidung sei mit den Partnern abgestimmt, hieß es aus dem Kanzleramt.";

    private static Document Annotate(string text, string? supplied = null)
    {
        var raw = new RawPage("t", "t", ReadOnlyMemory<byte>.Empty)
        {
            PreDecodedText = text,
            DeclaredKind = ContentKind.Text,
            Supplied = supplied is null ? null : new ArticleMetadata { Language = supplied },
        };
        var result = Pipelines.GivenText.Process(raw);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Document;
    }

    [Fact]
    public void English_text_is_read()
    {
        var document = Annotate(English);
        Assert.Equal("en", document.Metadata.Language);
        Assert.True(EnglishScope.Reads(document));
        Assert.NotEmpty(document.Entities);
        Assert.NotEmpty(document.Layer<Dateline.Language.Times.TimeExpression>());
        Assert.DoesNotContain(document.Warnings, w => w.Contains("not read", StringComparison.Ordinal));
    }

    [Fact]
    public void German_text_gets_no_english_layers_and_a_warning()
    {
        var document = Annotate(German);
        Assert.Equal("de", document.Metadata.Language);
        Assert.False(EnglishScope.Reads(document));
        Assert.Empty(document.Layer<Dateline.Core.Layers.Entities.EntityMention>());
        Assert.Empty(document.Layer<Dateline.Language.Times.TimeExpression>());
        Assert.Empty(document.Layer<Dateline.Language.Amounts.Amount>());
        Assert.Empty(document.Layer<Dateline.Language.Events.Event>());
        Assert.NotEmpty(document.Layer<Dateline.Language.Tokens.Token>());
        Assert.Contains(document.Warnings, w => w.StartsWith("entities, quotes, times, amounts and events not read: its language is 'de'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_supplied_language_decides()
    {
        // the caller said English: the English layers read it though its words are German
        var document = Annotate(German, supplied: "en");
        Assert.Equal("en", document.Metadata.Language);
        Assert.NotEmpty(document.Layer<Dateline.Core.Layers.Entities.EntityMention>());
    }

    [Fact]
    public void Text_mostly_in_another_script_is_not_read_though_its_language_is_unknown()
    {
        var hindi = "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को कहा कि भारत और अमेरिका के बीच व्यापार समझौता जल्द होगा। The talks were held in Delhi.";
        var document = Annotate(hindi, supplied: "en");
        Assert.False(EnglishScope.Reads(document));
        Assert.Empty(document.Layer<Dateline.Core.Layers.Entities.EntityMention>());
        Assert.Contains(document.Warnings, w => w.Contains("its letters are mostly not Latin", StringComparison.Ordinal));
    }
}
