using System.Diagnostics;
using System.Globalization;
using Dateline.Core.Layers;
using Dateline.Core.Layers.Entities;
using Dateline.Store;
using Dateline.Store.Bench;
using Dateline.Store.Search;
using Dateline.Store.Sqlite;

namespace Dateline.StoreBench;

/// <summary>The `fill` and `queries` commands: a short adapter over <see cref="StoreFill"/> and <see cref="SearchBenchmark"/>.</summary>
public static class SyntheticBench
{
    /// <summary>The layers a synthetic article carries: its entities (for the entity facets).</summary>
    private static readonly LayerSet Layers = new([EntitiesLayer.Instance]);

    /// <summary>Story threads are not searched, and placing articles in them costs five times the rest of a write.</summary>
    private static readonly SqliteStoreOptions Options = new() { AssignThreads = false };

    public static void Fill(int count, string path, int batchSize, TextWriter output)
    {
        var clock = Stopwatch.StartNew();
        using var store = SqliteArticleStore.Open(path, Layers, Options);
        var next = 50_000;
        var summary = StoreFill.Run(store, new SyntheticCollection(), count, batchSize, written =>
        {
            if (written >= next)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{written} articles, {written / clock.Elapsed.TotalSeconds:0} /s"));
                next += 50_000;
            }
        });
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fill: {summary.Stored} stored ({summary.NearDuplicates} near-duplicates, {summary.Skipped} skipped) in {clock.Elapsed.TotalSeconds:0.0} s = {summary.Stored / clock.Elapsed.TotalSeconds:0} articles/s"));
        Optimize(store, output);
    }

    /// <summary>`optimize STORE`: what a bulk load ends with (<see cref="SqliteArticleStore.Optimize"/>), for a store filled before it did.</summary>
    public static void Optimize(string path, TextWriter output)
    {
        using var store = SqliteArticleStore.Open(path, Layers, Options);
        Optimize(store, output);
    }

    private static void Optimize(SqliteArticleStore store, TextWriter output)
    {
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        store.Optimize();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"optimize: {clock.Elapsed.TotalSeconds:0.0} s, {(Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds:0.0} s of CPU"));
    }

    /// <summary>
    /// `repeat STORE N TEXT [SOURCE|-] [FROM|-]`: one query run once (timed apart: nothing kept in the process yet), then
    /// N times, its search and facets timed apart, to profile one of the slow queries `queries` lists.
    /// </summary>
    public static void Repeat(string path, int count, string text, string? source, string? from, TextWriter output, int warm = 0)
    {
        using var store = SqliteArticleStore.Open(path, Layers, Options);
        var queries = Dateline.Store.Sqlite.Queries.SqliteArticleQueries.Open(path);
        if (warm > 0)
        {
            SearchBenchmark.Run(store, queries, SearchBenchmark.Queries(warm, 8, new SyntheticOptions(), limit: 21), facetSize: 15);
        }

        var query = new SearchQuery(text) { Limit = 21, Source = source, From = from };
        // The first run apart: what the query costs where nothing of it is kept in the process yet (as in `queries`).
        var first = SearchBenchmark.Run(store, queries, [query], facetSize: 15, warmUp: false)[0];
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"first run    search {first.SearchMs:0.00} ms  facets {first.FacetsMs:0.00} ms  cpu {first.CpuMs:0.00} ms"));
        var timings = SearchBenchmark.Run(store, queries, [.. Enumerable.Repeat(query, count)], facetSize: 15);
        foreach (var (what, ms) in new (string, Func<SearchTiming, double>)[] { ("search", t => t.SearchMs), ("facets", t => t.FacetsMs), ("cpu (both)", t => t.CpuMs) })
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{what,-12} p50 {SearchBenchmark.Percentile(timings.Select(ms), 50),7:0.00} ms  min {timings.Min(ms),7:0.00} ms"));
        }
    }

    /// <summary>Times the queries; <paramref name="bounds"/> (rank limit, facet sample, window) override <see cref="SearchBounds"/> to compare settings.</summary>
    /// <summary>
    /// … and <paramref name="warm"/> queries of another seed run untimed first: the first search down each path (a
    /// filter, a split AND, a word under the counts' floor) otherwise pays the JIT's compiling of it, 40-130 ms of
    /// CPU on 100k articles (bench/README.md, session 6).
    /// </summary>
    public static void Queries(string path, int count, int seed, TextWriter output, int[]? bounds = null, int warm = 0)
    {
        var rank = bounds is { Length: > 0 } ? bounds[0] : SearchBounds.RankLimit;
        var sample = bounds is { Length: > 1 } ? bounds[1] : SearchBounds.FacetSample;
        var window = bounds is { Length: > 2 } ? bounds[2] : SearchBounds.Window;
        var map = bounds is { Length: > 3 } ? bounds[3] : SqliteStoreOptions.DefaultReadMapMib;
        using var store = SqliteArticleStore.Open(path, Layers, Options with { SearchRankLimit = rank, SearchWindow = window, ReadMapMib = map });
        var queries = Dateline.Store.Sqlite.Queries.SqliteArticleQueries.Open(path, new Dateline.Store.Sqlite.Queries.SqliteQueryOptions { FacetArticleLimit = sample, Window = window, MapMib = map });
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"bounds: rank {rank}, facet sample {sample}, window {window}, read map {map} MiB"));
        var run = SearchBenchmark.Queries(count, seed, new SyntheticOptions(), limit: 21);
        if (warm > 0)
        {
            SearchBenchmark.Run(store, queries, SearchBenchmark.Queries(warm, seed + 1, new SyntheticOptions(), limit: 21), facetSize: 15);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"warm-up: {warm} queries of seed {seed + 1}, untimed"));
        }

        var timings = SearchBenchmark.Run(store, queries, run, facetSize: 15);
        void Line(string what, Func<SearchTiming, double> ms)
            => output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{what,-16} p50 {SearchBenchmark.Percentile(timings.Select(ms), 50),7:0.0} ms  p95 {SearchBenchmark.Percentile(timings.Select(ms), 95),7:0.0} ms  max {timings.Max(ms),7:0.0} ms"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{timings.Count} queries (seed {seed}), {timings.Count(t => t.Facets.Capped)} with capped facets"));
        Line("search", t => t.SearchMs);
        Line("facets", t => t.FacetsMs);
        Line("search+facets", t => t.TotalMs);
        Line("cpu (both)", t => t.CpuMs);
        foreach (var (slow, at) in timings.Select((t, i) => (t, i)).OrderByDescending(t => t.t.CpuMs).Take(10))
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  slow #{at}: {slow.TotalMs:0.0} ms ({slow.SearchMs:0.0} + {slow.FacetsMs:0.0}, cpu {slow.CpuMs:0.0}) '{slow.Query.Text}' from={slow.Query.From} source={slow.Query.Source} sort={slow.Query.Sort}: {slow.Facets.Articles} articles"));
        }
    }

    /// <summary>
    /// `dump STORE [N] [SEED]`: the queries `queries` times, each run as the web API runs it (search, then its facets),
    /// written as JSON lines (the query, its hits with scores, snippets and copies, its facets), so two builds' results
    /// can be compared line by line.
    /// </summary>
    public static void Dump(string path, int count, int seed, TextWriter output)
    {
        using var store = SqliteArticleStore.Open(path, Layers, Options);
        var queries = Dateline.Store.Sqlite.Queries.SqliteArticleQueries.Open(path);
        foreach (var query in SearchBenchmark.Queries(count, seed, new SyntheticOptions(), limit: 21))
        {
            var hits = store.Search(query);
            var facets = queries.Facets(query, 15);
            output.WriteLine(System.Text.Json.JsonSerializer.Serialize(new { query.Text, query.From, query.Source, query.Sort, hits, facets }));
        }
    }
}
