using System.Diagnostics;
using System.Globalization;
using Dateline.Core.Pipeline;
using Dateline.Core.Running;
using Dateline.Extraction;
using Dateline.Extraction.Input;
using Dateline.Language;
using Dateline.Store;
using Dateline.Store.Duplicates;

namespace Dateline.StoreBench;

/// <summary>
/// How fast a store takes rows, apart from the pipeline that makes them: the articles of a JSON Lines file go through
/// the full pipeline once (timed on its own, one worker), then the finished records are written into the store in
/// batches by one or more writers (each its own store instance, as each worker of a fleet is), and the write alone is
/// timed. The ratio of the two rates is how many pipeline cores one database keeps up with.
/// </summary>
public static class WriteRate
{
    public static void Run(string jsonl, string address, int batchSize, int writers, TextWriter output)
    {
        var pipeline = new PipelineBuilder().UseExtraction().UseLanguage().Build();
        var runner = new DocumentRunner(pipeline, new RunnerOptions { Workers = 1 });
        var hasher = new MinHasher();
        var records = new List<IngestRecord>();
        var clock = Stopwatch.StartNew();
        foreach (var item in runner.Run(new CollectionReader().ReadJsonLines(jsonl), new RunHooks { Finish = d => hasher.Compute(d.Text) }))
        {
            if (item.Result is { Succeeded: true } ok)
            {
                records.Add(new ArticleRecord(item.Input.ContentHash, item.Input.Source, ok.Document, item.Extra as MinHashSignature));
            }
        }

        var pipelineSeconds = clock.Elapsed.TotalSeconds;
        var stores = Enumerable.Range(0, writers).Select(_ => StoreAddress.Open(address, pipeline.Layers)).ToList();
        clock.Restart();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var written = new long[writers];
        Parallel.For(0, writers, new ParallelOptions { MaxDegreeOfParallelism = writers }, w =>
        {
            // Writer w takes every writers-th batch, so the writers interleave as a fleet's workers do.
            var batches = records.Chunk(batchSize).Where((_, i) => i % writers == w);
            foreach (var batch in batches)
            {
                written[w] += stores[w].Write(batch).Stored;
            }
        });
        var writeSeconds = clock.Elapsed.TotalSeconds;
        var writeCpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
        foreach (var store in stores)
        {
            store.Dispose();
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pipeline: {records.Count} articles in {pipelineSeconds:0.0} s on one worker = {records.Count / pipelineSeconds:0.0} articles/s"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"writes ({StoreAddress.Describe(address)}, {writers} writer(s), batches of {batchSize}): {written.Sum()} articles in {writeSeconds:0.0} s = {written.Sum() / writeSeconds:0.0} articles/s; process CPU {writeCpu:0.00} s = {written.Sum() / writeCpu:0.0} articles per CPU second"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"one database keeps up with {(written.Sum() / writeSeconds) / (records.Count / pipelineSeconds):0.0} pipeline cores"));
    }
}
