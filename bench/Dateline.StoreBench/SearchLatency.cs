using System.Diagnostics;
using Dateline.Store;
using Dateline.Store.Search;

namespace Dateline.StoreBench;

/// <summary>Times searches on a store: queries of one to three words drawn from the stored titles, deterministically.</summary>
public static class SearchLatency
{
    public static IReadOnlyList<double> Measure(IArticleStore store, IReadOnlyList<string> vocabulary, int queries, int seed)
    {
        var random = new Random(seed);
        var times = new List<double>(queries);

        // One untimed query warms the page cache and the JIT, as a running service would be.
        store.Search(new SearchQuery(vocabulary[0]));
        for (var i = 0; i < queries; i++)
        {
            var words = Enumerable.Range(0, random.Next(1, 4)).Select(_ => vocabulary[random.Next(vocabulary.Count)]);
            var query = new SearchQuery(string.Join(' ', words)) { Limit = 20 };
            var clock = Stopwatch.StartNew();
            store.Search(query);
            times.Add(clock.Elapsed.TotalMilliseconds);
        }

        return times;
    }
}
