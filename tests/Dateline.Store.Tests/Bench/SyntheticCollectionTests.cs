using Dateline.Core.Layers.Entities;
using Dateline.Store.Bench;

namespace Dateline.Store.Tests.Bench;

public class SyntheticCollectionTests
{
    [Fact]
    public void TheSameSeedGivesTheSameArticles()
    {
        var first = new SyntheticCollection().Articles(50).Select(r => (r.ContentHash, r.Document.Text, r.Document.Metadata.Title)).ToList();
        var again = new SyntheticCollection().Articles(50).Select(r => (r.ContentHash, r.Document.Text, r.Document.Metadata.Title)).ToList();
        var other = new SyntheticCollection(new SyntheticOptions { Seed = 1 }).Articles(50).Select(r => r.ContentHash).ToList();
        Assert.Equal(first, again);
        Assert.NotEqual(first.Select(a => a.ContentHash), other);
        Assert.Equal(50, first.Select(a => a.ContentHash).Distinct().Count());
    }

    [Fact]
    public void WordsAreDistinctAndCommonOnesAreCommon()
    {
        Assert.Equal(20_000, Enumerable.Range(0, 20_000).Select(SyntheticCollection.Word).Distinct().Count());
        var words = new SyntheticCollection().Articles(200).SelectMany(r => r.Document.Text.Split([' ', '.', '\n'], StringSplitOptions.RemoveEmptyEntries)).ToList();
        int Count(int rank) => words.Count(w => string.Equals(w, SyntheticCollection.Word(rank), StringComparison.OrdinalIgnoreCase));

        // Zipf: the commonest word is about ten times as frequent as the tenth (exponent 1).
        Assert.InRange(Count(0) / (double)Count(9), 5, 20);
        Assert.True(Count(0) > 1000);
    }

    [Fact]
    public void EntitiesPointAtTheirNamesAndArticlesHaveDatesSourcesAndCopies()
    {
        var records = new SyntheticCollection().Articles(400).ToList();
        foreach (var record in records)
        {
            var d = record.Document;
            foreach (var entity in d.Entities)
            {
                Assert.All(entity.Mentions, span => Assert.Equal(entity.Name, d.Text[span.Start..span.End]));
            }
        }

        Assert.True(records.Count(r => r.Document.Entities.Length > 0) > 300);
        Assert.Contains(records, r => r.Document.Entities.Any(e => e.Label == EntityLabel.Person));
        Assert.True(records.Count(r => r.Document.Metadata.Published is not null) > 360);
        Assert.True(records.Select(r => r.Document.Metadata.SiteName).Distinct().Count() > 20);

        // Near-duplicates: another article with most of the same text (one sentence changed).
        Assert.True(records.Count(r => records.Any(o => o != r && o.Signature is { } s && r.Signature is { } t && s.Similarity(t.Values) > 0.7)) >= 10);
    }
}
