using Dateline.Core.Layers.RemovedBlocks;
using Dateline.Core.Model;
using Dateline.Extraction.Input;
using Dateline.Tests;

namespace Dateline.Extraction.Tests;

/// <summary>The page that started the project, read from ../shared/data/seed (never committed).</summary>
public class SeedTests
{
    private static Document Seed()
    {
        var path = SharedData.Require("data", "seed", "000_cde34ae5cef1e48b.txt");
        var item = new CollectionReader().ReadPage(path);
        var result = Pipelines.Extraction.Process(item.Page!);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Document;
    }

    [Fact]
    public void SeedArticleFields()
    {
        var d = Seed();
        Assert.Equal("000_cde34ae5cef1e48b", d.Id);
        Assert.Equal("Russia supports withdrawal of foreign fighters from Libya", d.Metadata.Title);
        Assert.Equal("2021-08-19", d.Metadata.Published);
        Assert.Equal(new DatelineInfo("MOSCOW", "AP") { Span = new TextSpan(0, "MOSCOW (AP) — ".Length) }, d.Metadata.Dateline);
        Assert.Equal(2, d.Metadata.ReadingTimeMinutes);
        Assert.Equal("en", d.Metadata.Language);
    }

    [Fact]
    public void SeedBodyIsElevenParagraphsWithoutChrome()
    {
        var d = Seed();
        Assert.Equal(11, d.Paragraphs.Length);
        Assert.StartsWith("MOSCOW (AP) — Russia's top diplomat assured his Libyan counterpart Thursday", d.Text, StringComparison.Ordinal);
        Assert.EndsWith("would be a major step for Libya.", d.Text, StringComparison.Ordinal);
        foreach (var chrome in new[] { "Oops!", "Something went wrong.", "2 min read", "In this article:", "Our goal is to create", "Recommended Stories" })
        {
            Assert.DoesNotContain(chrome, d.Text, StringComparison.Ordinal);
        }

        foreach (var p in d.Paragraphs)
        {
            Assert.False(string.IsNullOrWhiteSpace(d.TextOf(p.Span)));
        }
    }

    [Fact]
    public void SeedRelatedStories()
    {
        var d = Seed();
        Assert.Equal(20, d.Related.Length);
        Assert.Equal("Britain is ‘weary’ of soldiers dying in Afghanistan, says Armed Forces minister", d.Related[0].Title);
        Assert.StartsWith("President Joe Biden’s decision to withdraw forces", d.Related[^1].Summary, StringComparison.Ordinal);
        Assert.Contains(d.Removed, r => r.Reason == RemovalReason.CommentNotice);
        Assert.Contains(d.Removed, r => r.Reason == RemovalReason.ErrorWidget);
    }
}
