using System.Diagnostics;
using Dateline.Core.Running;
using Dateline.Store.Queries;
using Dateline.Store.Search;

namespace Dateline.Store.Bench;

/// <summary>
/// Times searches as the web API runs them (a page of ranked stories with near-duplicates folded, then the facets of
/// all matches) on a store filled by <see cref="SyntheticCollection"/>: queries of one to three words, each word
/// common (in most articles), middling or rare by its Zipf rank; one query in five also filters by a year or a
/// source, one in ten sorts by date. The same seed gives the same queries.
/// </summary>
public static class SearchBenchmark
{
    /// <summary>Words of rank below this are in a large share of the articles (the commonest in all of them).</summary>
    public const int CommonRanks = 200;

    /// <summary>Words of rank from <see cref="CommonRanks"/> up to this are middling; above it rare (a few in 100k articles).</summary>
    public const int MiddleRanks = 10_000;

    /// <summary>The queries a run times, drawn from the seed.</summary>
    public static IReadOnlyList<SearchQuery> Queries(int count, int seed, SyntheticOptions options, int limit)
    {
        var random = new Random(seed);
        var queries = new List<SearchQuery>(count);
        for (var i = 0; i < count; i++)
        {
            var words = Enumerable.Range(0, random.Next(1, 4)).Select(_ => SyntheticCollection.Word(random.Next(3) switch
            {
                0 => random.Next(CommonRanks),
                1 => random.Next(CommonRanks, MiddleRanks),
                _ => random.Next(MiddleRanks, options.Vocabulary),
            }));
            var query = new SearchQuery(string.Join(' ', words)) { Limit = limit };
            query = random.Next(10) switch
            {
                0 => query with { From = (options.FirstDate.Year + random.Next(options.Days / 365)).ToString(System.Globalization.CultureInfo.InvariantCulture) },
                1 => query with { Source = $"news{random.Next(20):D3}.example" },
                _ => query,
            };
            queries.Add(random.Next(10) == 0 ? query with { Sort = SearchSort.Newest } : query);
        }

        return queries;
    }

    /// <summary>
    /// Runs each query once (after one untimed warm-up query unless <paramref name="warmUp"/> is false) and times the
    /// search and the facets apart.
    /// </summary>
    public static IReadOnlyList<SearchTiming> Run(IArticleStore store, IArticleQueries queries, IReadOnlyList<SearchQuery> run, int facetSize, bool warmUp = true)
    {
        if (warmUp && run.Count > 0)
        {
            store.Search(run[0]);
            queries.Facets(run[0], facetSize);
        }

        var timings = new List<SearchTiming>(run.Count);
        foreach (var query in run)
        {
            var cpu = new ThreadClock();
            cpu.Start();
            var clock = Stopwatch.StartNew();
            var hits = store.Search(query);
            var search = clock.Elapsed.TotalMilliseconds;
            clock.Restart();
            var facets = queries.Facets(query, facetSize);
            var wall = clock.Elapsed.TotalMilliseconds;
            cpu.Stop();
            timings.Add(new SearchTiming(query, search, wall, hits.Count, facets) { CpuMs = ThreadClock.CountsCpu ? cpu.Elapsed.TotalMilliseconds : double.NaN });
        }

        return timings;
    }

    /// <summary>The value at percentile <paramref name="p"/> (nearest rank).</summary>
    public static double Percentile(IEnumerable<double> values, double p)
    {
        var sorted = values.Order().ToList();
        if (sorted.Count == 0)
        {
            return 0;
        }

        var rank = (int)Math.Ceiling(p / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Count - 1)];
    }
}
