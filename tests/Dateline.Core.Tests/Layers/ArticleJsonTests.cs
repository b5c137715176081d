using System.Buffers;
using System.Text.Json;
using Dateline.Core.Layers;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Layers.Paragraphs;
using Dateline.Core.Layers.RelatedLinks;
using Dateline.Core.Layers.RemovedBlocks;
using Dateline.Core.Model;
using Dateline.Core.Output;

namespace Dateline.Core.Tests.Layers;

/// <summary>The article contract written from the registered layers and read back into the same document.</summary>
public class ArticleJsonTests
{
    private static readonly LayerSet Layers = new([ParagraphsLayer.Instance, RelatedLinksLayer.Instance, RemovedBlocksLayer.Instance, MentionsLayer.Instance, EntitiesLayer.Instance, WordsLayer.Instance]);

    private static Document Sample()
    {
        const string text = "Ada Lovelace met Babbage.\n\nThey wrote notes.";
        var notes = new TextSpan(38, 43);
        var ada = new TextSpan(0, 12);
        var babbage = new TextSpan(17, 24);
        return Document.FromText("a1", text, new ArticleMetadata { Title = "Notes", Published = "2024-01-02", Authors = ["X Y"], Dateline = new DatelineInfo("LONDON", null) })
            .WithLayer<Paragraph>([new(new TextSpan(0, 25)), new(new TextSpan(27, text.Length))])
            .WithRelated([new RelatedLink("Other story", null, "https://example.com/o")])
            .WithRemoved([new RemovedBlock("Share this", RemovalReason.SharePrompt)])
            .WithLayer<EntityMention>([new(ada, EntityLabel.Person) { EntityId = "e1" }, new(babbage, EntityLabel.Person) { EntityId = "e2" }])
            .WithLayer<Entity>([new("e1", "Ada Lovelace", EntityLabel.Person) { Mentions = [ada], Roles = ["writer"] }, new("e2", "Babbage", EntityLabel.Person) { Mentions = [babbage], Country = "United Kingdom", Latitude = 51.5, Longitude = -0.1 }, new("e3", "notes", EntityLabel.Misc) { Mentions = [notes], Subtype = EntitySubtype.Work }])
            .WithLayer<Word>([new(new TextSpan(0, 3)), new(new TextSpan(4, 12))])
            .AddWarning("bytes replaced");
    }

    private static JsonElement Write(Document document, IReadOnlyDictionary<string, long>? keys = null)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            new ArticleJsonWriter(Layers).Write(writer, document, keys);
        }

        return JsonDocument.Parse(buffer.WrittenMemory).RootElement.Clone();
    }

    [Fact]
    public void EachRegisteredLayerIsOnePropertyOfTheArticle()
    {
        var json = Write(Sample());
        Assert.Equal(["paragraphs", "related", "removed", "mentions", "entities", "words"], json.EnumerateObject().Select(p => p.Name).Where(n => Layers.Find(n) is not null));
        Assert.Equal("Ada Lovelace", json.GetProperty("entities")[0].GetProperty("name").GetString());
        Assert.Equal("PERSON", json.GetProperty("mentions")[1].GetProperty("type").GetString());
        Assert.Equal("Babbage", json.GetProperty("mentions")[1].GetProperty("text").GetString());
        Assert.Equal(["bytes replaced"], json.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()));
    }

    [Fact]
    public void InAStoreEntityReferencesCarryTheirCollectionKeys()
    {
        var json = Write(Sample(), new Dictionary<string, long> { ["e1"] = 41 });
        Assert.Equal(41, json.GetProperty("entities")[0].GetProperty("key").GetInt64());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("entities")[1].GetProperty("key").ValueKind);
        Assert.Equal(41, json.GetProperty("mentions")[0].GetProperty("entityKey").GetInt64());
        Assert.False(Write(Sample()).GetProperty("mentions")[0].TryGetProperty("entityKey", out _));
    }

    [Fact]
    public void WhatIsWrittenReadsBackIntoTheSameDocument()
    {
        var original = Sample();
        var back = new ArticleJsonReader(Layers).Read(Write(original));
        Assert.Equal(original.Text, back.Text);
        Assert.Equal(original.Metadata.Title, back.Metadata.Title);
        Assert.Equal(original.Metadata.Authors, back.Metadata.Authors);
        Assert.Equal(original.Metadata.Dateline, back.Metadata.Dateline);
        Assert.Equal([.. original.Warnings], [.. back.Warnings]);
        Assert.Equal([.. original.Paragraphs], [.. back.Paragraphs]);
        Assert.Equal([.. original.Related], [.. back.Related]);
        Assert.Equal([.. original.Removed], [.. back.Removed]);
        Assert.Equal([.. original.Layer<EntityMention>()], [.. back.Layer<EntityMention>()]);
        Assert.Equal([.. original.Layer<Word>()], [.. back.Layer<Word>()]);
        Assert.Equal(
            original.Entities.Select(e => (e.Id, e.Name, e.Label, e.Subtype, string.Join("|", e.Roles), e.Country, e.Latitude, e.Longitude, string.Join("|", e.Mentions))),
            back.Entities.Select(e => (e.Id, e.Name, e.Label, e.Subtype, string.Join("|", e.Roles), e.Country, e.Latitude, e.Longitude, string.Join("|", e.Mentions))));
        Assert.Equal(Write(original).GetRawText(), Write(back).GetRawText());
    }

    [Fact]
    public void ALayerThatIsNotInTheContractIsLeftOut()
    {
        var json = Write(Sample());
        Assert.False(json.TryGetProperty("tokens", out _));
        var error = Assert.Throws<JsonException>(() => new ArticleJsonReader(Layers).Read(JsonDocument.Parse("""{"id":"x","source":"s","error":{"kind":"empty","message":"m"}}""").RootElement));
        Assert.Contains("error object", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownEntityTypeIsAnError()
    {
        var json = Write(Sample()).GetRawText().Replace("\"type\":\"PERSON\"", "\"type\":\"ALIEN\"", StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => new ArticleJsonReader(Layers).Read(JsonDocument.Parse(json).RootElement));
    }

    [Fact]
    public void APlaceThatIsTheCountryItselfSaysSo()
    {
        var sample = Sample();
        var original = sample.WithLayer<Entity>([.. sample.Entities.Select(e => e.Id == "e2" ? e with { Label = EntityLabel.Gpe, Subtype = EntitySubtype.Country, Latitude = null, Longitude = null } : e)]);
        var json = Write(original);
        Assert.Contains("\"subtype\":\"country\"", json.GetRawText(), StringComparison.Ordinal);
        var back = new ArticleJsonReader(Layers).Read(json);
        Assert.Equal(EntitySubtype.Country, back.Entities.Single(e => e.Id == "e2").Subtype);
        Assert.Null(back.Entities.Single(e => e.Id == "e1").Subtype);
        Assert.Equal(json.GetRawText(), Write(back).GetRawText());
    }

    [Fact]
    public void AnUnknownEntitySubtypeIsAnError()
    {
        var json = Write(Sample()).GetRawText().Replace("\"subtype\":\"work\"", "\"subtype\":\"spaceship\"", StringComparison.Ordinal);
        Assert.Contains("spaceship", json, StringComparison.Ordinal);
        Assert.Throws<FormatException>(() => new ArticleJsonReader(Layers).Read(JsonDocument.Parse(json).RootElement));
    }

    [Fact]
    public void EntityLabelsKeepTheirContractCodes()
    {
        Assert.Equal(["PERSON", "ORG", "GPE", "LOC", "NORP", "MISC"], EntityLabels.All.Select(l => l.Code()));
        Assert.All(EntityLabels.All, l => Assert.Equal(l, EntityLabels.Parse(l.Code())));
        Assert.Equal(["PER", "ORG", "LOC", "LOC", "MISC", "MISC"], EntityLabels.All.Select(l => l.ToConll()));
    }
}
