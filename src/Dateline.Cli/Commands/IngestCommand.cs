using System.CommandLine;
using System.Globalization;
using System.Runtime;
using Dateline.Core.Running;
using Dateline.Store.Ingest;
using Dateline.Store;

namespace Dateline.Cli.Commands;

/// <summary>`dateline ingest`: a whole collection into the store, through the full pipeline, crash-safe and resumable.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = ExtractCommand.PathsHelp, Arity = ArgumentArity.OneOrMore };
        var db = StoreOptions.Db();
        var jobs = RunOptions.Jobs();
        var timeout = RunOptions.Timeout(30);
        var maxSize = RunOptions.MaxSize();
        var noComments = RunOptions.NoComments();
        var batch = new Option<int>("--batch")
        {
            Description = "Documents per write transaction (1 to 100000).",
            DefaultValueFactory = _ => 256,
        }.InRange(1, 100_000);
        var command = new Command("ingest", """
            Ingest pages into the store: every page goes through extraction and the language layers, and is stored with
            its entities, quotes, times, amounts and relations, indexed for search. Inputs already stored (same content)
            are skipped, so an interrupted run is resumed by running it again. Pages that cannot be processed are
            recorded as failures with their path or record offset, kind and message.
            Exit code: 0 when every document succeeded, 1 when some failed, 2 on a usage error, 3 when the store cannot be used.
            """)
        {
            paths, db, jobs, timeout, maxSize, batch, noComments,
        };
        command.SetAction(parse =>
        {
            var dbPath = parse.GetValue(db)!;
            Compose.ForManyDocuments();
            // Full collections block for the run instead of running in the background (as DOTNET_gcConcurrent=0 would,
            // for this command only): a background collection lets the heap grow while it marks and does not compact,
            // and each batch's documents, held until written, reach gen2 before they die. Peak RSS of `ingest -j 1`,
            // same-time pairs against the build before: 2,000 VOA passages 343 → 320 MiB (medians of 3),
            // 5,012 380 → 370 MiB (medians of 4, −3 to −35 MiB), CPU level (×0.99-1.00); pauses are no concern of a batch command (bench/README.md, "Ingest's memory: blocking
            // full collections").
            GCSettings.LatencyMode = GCLatencyMode.Batch;
            var pipeline = Compose.Full(!parse.GetValue(noComments)).Build();
            using var store = StoreOptions.Open(dbPath, "ingest", mustExist: false, pipeline.Layers);
            if (store is null)
            {
                return StoreOptions.Unusable;
            }

            var progress = new ReadProgress();
            var printer = ProgressPrinter.ForStderr("ingest", progress);
            var runner = new DocumentRunner(pipeline, RunOptions.Runner(parse.GetValue(jobs), parse.GetValue(timeout)) with { ProgressInterval = printer.Interval });
            var reader = RunOptions.Reader(parse.GetValue(maxSize));
            IngestSummary summary;
            try
            {
                summary = new StoreIngest(runner, store, new IngestOptions { BatchSize = Math.Max(1, parse.GetValue(batch)) })
                    .Run(reader.Read(parse.GetValue(paths)!, progress), printer.Report, input => Console.Error.WriteLine($"dateline ingest: {input.Source}: skipped: {input.SkipReason}"));
            }
            catch (StoreException e)
            {
                printer.Finish();
                Console.Error.WriteLine($"dateline ingest: {e.Message}");
                return StoreOptions.Unusable;
            }

            printer.Finish();
            var rate = summary.Seconds > 0 ? ((summary.Stored + summary.Failed) / summary.Seconds).ToString("0.0", CultureInfo.InvariantCulture) : "-";
            Console.Error.WriteLine(
                $"dateline ingest: {summary.Read} inputs: {summary.Stored} stored, {summary.Failed} failed, {summary.Skipped} skipped (already stored), {summary.PassedOver} passed over (not pages), " +
                $"{summary.NearDuplicates} near-duplicates; {summary.Seconds.ToString("0.0", CultureInfo.InvariantCulture)} s, {rate} docs/s → {StoreAddress.Describe(dbPath)}");
            return summary.Failed > 0 ? 1 : 0;
        });
        return command;
    }
}
