using Dateline.Store.Threads;

namespace Dateline.Store.Tests.Threads;

/// <summary>The thread assigner's features, each kept once and numbered (<see cref="ThreadFeatureTable"/>).</summary>
public class ThreadFeatureTableTests
{
    [Fact]
    public void AFeatureIsNumberedOnceWhetherFoundByStringOrSpan()
    {
        var table = new ThreadFeatureTable();
        var first = table.Id("word:narva");
        var second = table.Id("entity:17".AsSpan());
        Assert.Equal([0, 1], new[] { first, second });
        Assert.Equal(first, table.Id("word:narva".AsSpan()));
        Assert.Equal(second, table.Id(string.Concat("entity:", "17")));
        Assert.Equal(2, table.Count);
        Assert.Equal("entity:17", table.Key(second));
        Assert.True(table.TryGetId("entity:17", out var found));
        Assert.Equal(second, found);
        Assert.False(table.TryGetId("word:tallinn", out _));
    }

    [Fact]
    public void ANewFeatureHasNoFrequencyNorPostingsAndKeepsThemUntilCleared()
    {
        var table = new ThreadFeatureTable();

        // Past the first arrays' length, so that every slot is carried over when they grow.
        var ids = Enumerable.Range(0, 600).Select(i => table.Id($"word:w{i}")).ToList();
        Assert.All(ids, id => Assert.Equal(ThreadFeatureTable.Unknown, table.Frequency(id)));
        Assert.All(ids, id => Assert.Null(table.Postings(id)));
        foreach (var id in ids)
        {
            table.Frequency(id) = id * 3;
            table.Postings(id) = new ThreadAssigner.CachedPostings([], complete: true, days: false);
        }

        Assert.All(ids, id => Assert.Equal(id * 3, table.Frequency(id)));
        Assert.Equal("word:w599", table.Key(599));

        table.ClearPostings();
        Assert.All(ids, id => Assert.Null(table.Postings(id)));
        Assert.Equal(42, table.Frequency(14));

        table.Clear();
        Assert.Equal(0, table.Count);
        Assert.False(table.TryGetId("word:w3", out _));
        var again = table.Id("word:w599");
        Assert.Equal(0, again);
        Assert.Equal(ThreadFeatureTable.Unknown, table.Frequency(again));
        Assert.Null(table.Postings(again));
    }
}
