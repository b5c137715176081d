using System.Globalization;
using System.Text.RegularExpressions;
using Dateline.StoreBench;
using Dateline.Store.Sqlite;

// Load generation and search timing for the store (issue 6). Ingest rate and memory are measured on the real CLI:
//   dotnet run --project bench/Dateline.StoreBench -c Release -- generate 100000 /tmp/gen100k.jsonl
//   /usr/bin/time -v ./dateline ingest /tmp/gen100k.jsonl --db /tmp/b.db -j 2
//   dotnet run --project bench/Dateline.StoreBench -c Release -- search /tmp/b.db 100
// --warm W (queries, repeat): W queries of another seed run untimed first (the JIT's first compiling of each search path).
var warm = 0;
if (Array.IndexOf(args, "--warm") is var warmAt and > 0 && warmAt + 1 < args.Length)
{
    warm = int.Parse(args[warmAt + 1], CultureInfo.InvariantCulture);
    args = [.. args[..warmAt], .. args[(warmAt + 2)..]];
}

// --heap-trim: glibc gives freed memory back as it does by default; otherwise the search commands keep it, as
// `dateline serve` does (Dateline.Store.Sqlite.NativeHeap).
var trimAt = Array.IndexOf(args, "--heap-trim");
var trim = trimAt >= 0;
if (trim)
{
    args = [.. args[..trimAt], .. args[(trimAt + 1)..]];
}

if (!trim && args.FirstOrDefault() is "queries" or "repeat" or "dump")
{
    Dateline.Store.Sqlite.NativeHeap.KeepFreedMemory();
}

var shared = Environment.GetEnvironmentVariable("DATELINE_SHARED") ?? Path.Combine(FindRoot(), "..", "shared");
switch (args.FirstOrDefault())
{
    case "generate" when args.Length >= 3:
        {
            var generator = new LoadGenerator(Path.Combine(shared, "data", "corpus"));
            using var output = args[2] == "-" ? Console.OpenStandardOutput() : File.Create(args[2]);
            generator.Write(output, int.Parse(args[1], CultureInfo.InvariantCulture));
            return 0;
        }

    case "search" when args.Length >= 2:
        {
            var queries = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100;
            // Searching reads no layer, so the store is opened without any.
            using var store = SqliteArticleStore.Open(args[1], Dateline.Core.Layers.LayerSet.Empty);
            var vocabulary = Vocabulary(new LoadGenerator(Path.Combine(shared, "data", "corpus")), shared);
            var times = SearchLatency.Measure(store, vocabulary, queries, seed: 7);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"search: {queries} queries, p50 {Dateline.Store.Bench.SearchBenchmark.Percentile(times, 50):0.0} ms, p95 {Dateline.Store.Bench.SearchBenchmark.Percentile(times, 95):0.0} ms, max {times.Max():0.0} ms"));
            return 0;
        }

    case "writes" when args.Length >= 3:
        {
            // writes GENERATED.jsonl STORE [BATCH] [WRITERS]: the store's write rate apart from the pipeline (docs/scaling.md).
            var batch = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 256;
            var writers = args.Length > 4 ? int.Parse(args[4], CultureInfo.InvariantCulture) : 1;
            WriteRate.Run(args[1], args[2], batch, writers, Console.Out);
            return 0;
        }

    case "fill" when args.Length >= 3:
        {
            // fill N STORE [BATCH]: N synthetic articles through the store's batch writer, no pipeline (issue 20).
            // Batches of 2048: a commit rewrites every page it dirtied, and the random-keyed indexes spread a batch's
            // rows over most of their pages; 100k articles took 87.4 s of CPU (10.0 system) and wrote 4.8 GB in
            // batches of 2048, 95.4 s (16.5 system) and 11.2 GB in batches of 512 (bench/README.md).
            var count = int.Parse(args[1], CultureInfo.InvariantCulture);
            var batch = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 2048;
            SyntheticBench.Fill(count, args[2], batch, Console.Out);
            return 0;
        }

    case "optimize" when args.Length == 2:
        {
            // optimize STORE: merges the full-text index of a store filled before fill did so itself (issue 20).
            SyntheticBench.Optimize(args[1], Console.Out);
            return 0;
        }

    case "queries" when args.Length >= 2:
        {
            // queries STORE [N] [SEED] [RANK SAMPLE WINDOW [MAP-MIB]] [--warm W]: N searches with facets as the web API
            // runs them, p50/p95/max (issue 20); --warm W runs W other queries (seed + 1) untimed first, so the
            // process's first use of each search path (JIT) is not timed as one of the N (default 0: one query).
            var count = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200;
            var seed = args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 7;
            SyntheticBench.Queries(args[1], count, seed, Console.Out, [.. args.Skip(4).Select(a => int.Parse(a, CultureInfo.InvariantCulture))], warm);
            return 0;
        }

    case "repeat" when args.Length >= 4:
        {
            // repeat STORE N TEXT [SOURCE|-] [FROM|-] [--warm W]: one query N times, search and facets timed apart (issue 20).
            string? Arg(int i) => args.Length > i && args[i] != "-" ? args[i] : null;
            SyntheticBench.Repeat(args[1], int.Parse(args[2], CultureInfo.InvariantCulture), args[3], Arg(4), Arg(5), Console.Out, warm);
            return 0;
        }

    case "dump" when args.Length >= 2:
        {
            // dump STORE [N] [SEED]: the results of the queries `queries` times, as JSON lines, to compare two builds (issue 20).
            SyntheticBench.Dump(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 7, Console.Out);
            return 0;
        }

    case "overlap" when args.Length >= 2:
        {
            // overlap STORE [PER-BAND] [SEED]: the one-word search's 20 best against bm25() over every match, by band of article counts (issue 20).
            RankingOverlap.Run(args[1], args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 7, Console.Out);
            return 0;
        }

    default:
        Console.Error.WriteLine("usage: Dateline.StoreBench generate N OUT.jsonl | search DB [QUERIES] | writes IN.jsonl STORE [BATCH] [WRITERS] | fill N STORE [BATCH] | optimize STORE | repeat STORE N TEXT [SOURCE|-] [FROM|-] [--warm W] | overlap STORE [PER-BAND] [SEED] | dump STORE [N] [SEED] | queries STORE [N] [SEED] [RANK SAMPLE WINDOW [MAP-MIB]] [--warm W]; queries, repeat and dump take --heap-trim");
        return 2;
}

// Query words: the longer words of the corpus titles, which are what people search for.
static List<string> Vocabulary(LoadGenerator _, string shared)
{
    using var gz = new System.IO.Compression.GZipStream(File.OpenRead(Path.Combine(shared, "data", "corpus", "wikinews_en.jsonl.gz")), System.IO.Compression.CompressionMode.Decompress);
    using var reader = new StreamReader(gz);
    var words = new SortedSet<string>(StringComparer.Ordinal);
    while (reader.ReadLine() is { } line)
    {
        var title = System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("title").GetString() ?? string.Empty;
        foreach (Match m in Regex.Matches(title, @"\p{L}{5,}"))
        {
            words.Add(m.Value.ToLowerInvariant());
        }
    }

    return [.. words];
}

static string FindRoot()
{
    var dir = new DirectoryInfo(AppContext.BaseDirectory);
    while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Dateline.slnx")))
    {
        dir = dir.Parent;
    }

    return dir?.FullName ?? Directory.GetCurrentDirectory();
}
