using System.Collections.Immutable;
using Dateline.Core.Layers.RelatedLinks;
using Dateline.Core.Model;

namespace Dateline.Core.Tests.Model;

public class DocumentTests
{
    [Fact]
    public void LayersReadTheirTextThroughSpans()
    {
        var doc = Document.FromText("d1", "Hello world. Bye.");
        doc = doc.WithLayer(ImmutableArray.Create(new Word(new TextSpan(0, 12)), new Word(new TextSpan(13, 17))));
        Assert.Equal("Hello world.", doc.TextOf(doc.Layer<Word>()[0].Span));
        Assert.Equal("Bye.", doc.Slice(doc.Layer<Word>()[1].Span).ToString());
        Assert.True(doc.HasLayer<Word>());
        Assert.False(doc.HasLayer<RelatedLink>());
        Assert.Empty(doc.Layer<RelatedLink>());
    }

    [Fact]
    public void SpanOutsideTheTextIsRejected()
    {
        var doc = Document.FromText("d1", "short");
        Assert.Throws<ArgumentOutOfRangeException>(() => doc.WithLayer(ImmutableArray.Create(new Word(new TextSpan(2, 9)))));
    }

    [Fact]
    public void TextCannotChangeOnceLayersOfSpansExist()
    {
        var doc = Document.FromText("d1", "some text").WithLayer(ImmutableArray.Create(new Word(new TextSpan(0, 4))));
        Assert.Throws<InvalidOperationException>(() => doc.WithText("other"));

        // Records without spans (related links) do not pin the text.
        Assert.Equal("other", Document.FromText("d2", "x").WithRelated([new RelatedLink("t", null, null)]).WithText("other").Text);
    }

    [Fact]
    public void ChangesReturnNewDocumentsAndLeaveTheOriginal()
    {
        var doc = Document.FromText("d1", "text");
        var changed = doc.WithMetadata(m => m with { Title = "T" }).AddWarning("w");
        Assert.Null(doc.Metadata.Title);
        Assert.Empty(doc.Warnings);
        Assert.Equal("T", changed.Metadata.Title);
        Assert.Single(changed.Warnings);
    }

    [Fact]
    public void TheReadersWarningsStartTheDocumentsWarnings()
    {
        var doc = Document.FromRaw(new RawPage("d", "s", ReadOnlyMemory<byte>.Empty) { Warnings = ["record cut short"] }).AddWarning("later");
        Assert.Equal(["record cut short", "later"], [.. doc.Warnings]);
    }

    [Theory]
    [InlineData(-1, 2)]
    [InlineData(5, 4)]
    public void InvalidSpansCannotBeMade(int start, int end)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new TextSpan(start, end));

    [Fact]
    public void SpansAreHalfOpen()
    {
        var a = new TextSpan(0, 5);
        Assert.True(a.Overlaps(new TextSpan(4, 6)));
        Assert.False(a.Overlaps(new TextSpan(5, 6)));
        Assert.True(a.Contains(new TextSpan(1, 5)));
        Assert.Equal(5, a.Length);
    }
}
