using Dateline.Core.Layers;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Layers.Paragraphs;
using Dateline.Core.Layers.RelatedLinks;

namespace Dateline.Core.Tests.Layers;

public class LayerSetTests
{
    [Fact]
    public void KeepsRegistrationOrderAndFindsByName()
    {
        var set = new LayerSet([ParagraphsLayer.Instance, WordsLayer.Instance, RelatedLinksLayer.Instance]);
        Assert.Equal(["paragraphs", "words", "related"], set.Select(l => l.Name));
        Assert.Same(WordsLayer.Instance, set.Find("words"));
        Assert.Null(set.Find("quotes"));
        Assert.Equal(["paragraphs", "words", "related", "mentions"], set.With([WordsLayer.Instance, MentionsLayer.Instance]).Select(l => l.Name));
    }

    [Fact]
    public void ALayerRegisteredTwiceIsRefused()
    {
        var e = Assert.Throws<ArgumentException>(() => new LayerSet([WordsLayer.Instance, ParagraphsLayer.Instance, WordsLayer.Instance]));
        Assert.Contains("'words'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Quotes")]
    [InlineData("a-b")]
    [InlineData("1st")]
    [InlineData("")]
    public void TableNamesAreSafeIdentifiers(string name)
        => Assert.Throws<ArgumentException>(() => new StoredTable(name, StoredColumn.OwnSpan));

    [Fact]
    public void StoredFieldsFollowOneNamingRuleAndMayNotClash()
    {
        var table = new StoredTable("quotes_test", StoredColumn.OwnSpan, StoredColumn.Span("cue"), StoredColumn.EntityRef("speaker"), StoredColumn.TextList("roles"));
        Assert.Equal(["start", "end", "cue_start", "cue_end", "speaker", "local_speaker", "roles"], table.Columns.SelectMany(c => c.Fields).Select(f => f.Name));
        Assert.Equal(StoredFieldKind.EntityKey, table.Columns[2].Fields[0].Kind);
        Assert.Throws<ArgumentException>(() => new StoredTable("t", StoredColumn.Text("start"), StoredColumn.OwnSpan));
        Assert.Throws<ArgumentException>(() => new StoredTable("t", StoredColumn.Integer("position")));
    }
}
