using System.Buffers;
using System.Text.Json;
using Dateline.Core.Layers;
using Dateline.Core.Layers.Comments;
using Dateline.Core.Layers.Paragraphs;
using Dateline.Core.Model;
using Dateline.Core.Output;

namespace Dateline.Core.Tests.Layers.Comments;

/// <summary>`comments` in the article contract: written beside the text (never in it), read back, and kept as rows.</summary>
public class CommentsLayerTests
{
    private static readonly LayerSet Layers = new([ParagraphsLayer.Instance, CommentsLayer.Instance]);

    private static Document Sample()
        => Document.FromText("c1", "The council voted.", new ArticleMetadata { Title = "Vote" })
            .WithLayer<Paragraph>([new(new TextSpan(0, 18))])
            .WithLayer<ReaderComment>([new("Ann \"A.\" Lee", "2024-01-03", "Good.\nSecond line."), new(null, null, "<b>no name</b>")]);

    private static JsonElement Write(Document document)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            new ArticleJsonWriter(Layers).Write(writer, document);
        }

        return JsonDocument.Parse(buffer.WrittenMemory).RootElement.Clone();
    }

    [Fact]
    public void CommentsAreAListOfAuthorPublishedAndTextBesideTheText()
    {
        var json = Write(Sample());
        var comments = json.GetProperty("comments");
        Assert.Equal(2, comments.GetArrayLength());
        Assert.Equal(["author", "published", "text"], comments[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("Ann \"A.\" Lee", comments[0].GetProperty("author").GetString());
        Assert.Equal("2024-01-03", comments[0].GetProperty("published").GetString());
        Assert.Equal("Good.\nSecond line.", comments[0].GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, comments[1].GetProperty("author").ValueKind);
        Assert.Equal(JsonValueKind.Null, comments[1].GetProperty("published").ValueKind);
        Assert.Equal("The council voted.", json.GetProperty("text").GetString());
    }

    [Fact]
    public void ADocumentWithoutCommentsWritesAnEmptyList()
    {
        var json = Write(Document.FromText("c2", "Text."));
        Assert.Equal(0, json.GetProperty("comments").GetArrayLength());
    }

    [Fact]
    public void WhatIsWrittenReadsBack()
    {
        var original = Sample();
        var back = new ArticleJsonReader(Layers).Read(Write(original));
        Assert.Equal([.. original.Layer<ReaderComment>()], [.. back.Layer<ReaderComment>()]);
    }

    [Fact]
    public void ACommentWithoutTextIsRefused()
    {
        var json = JsonDocument.Parse("""[{"author":"A","published":null}]""").RootElement;
        Assert.ThrowsAny<Exception>(() => CommentsLayer.Instance.ReadJson(Document.FromText("c3", "x"), json));
    }

    [Fact]
    public void RowsCarryTheThreeFieldsAndReadBack()
    {
        var original = Sample();
        Assert.Equal(["author", "published", "text"], CommentsLayer.Instance.Table.Columns.Select(c => c.Name));
        var rows = CommentsLayer.Instance.ToRows(original).ToList();
        Assert.Equal(["Ann \"A.\" Lee", "2024-01-03", "Good.\nSecond line."], rows[0]);
        var back = CommentsLayer.Instance.FromRows(Document.FromText("c1", original.Text), rows.Select(r => new StoredRow(r)));
        Assert.Equal([.. original.Layer<ReaderComment>()], [.. back.Layer<ReaderComment>()]);
    }

    [Fact]
    public void ThePanelIsAFoldedListBelowTheArticleAndAbsentWithoutComments()
    {
        var panel = CommentsLayer.Instance.Panel(Sample());
        Assert.NotNull(panel);
        Assert.Equal(PanelPlace.Below, panel.Place);
        Assert.Equal("Reader comments (2)", panel.Summary);
        Assert.Equal(2, panel.Items.Count);
        Assert.Contains(panel.Items[0].Parts, p => p.Text == "Ann \"A.\" Lee");
        Assert.Contains(panel.Items[1].Parts, p => p.Text == "<b>no name</b>" && p.OwnLine);
        Assert.Null(CommentsLayer.Instance.Panel(Document.FromText("c2", "Text.")));
    }
}
