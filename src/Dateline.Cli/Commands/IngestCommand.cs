using System.CommandLine;
using System.Globalization;
using Dateline.Cli.Ingest;
using Dateline.Core.Pipeline;
using Dateline.Extraction;
using Dateline.Extraction.Input;
using Dateline.Language;
using Dateline.Store;

namespace Dateline.Cli.Commands;

/// <summary>`dateline ingest`: a whole collection into the store, through the full pipeline, crash-safe and resumable.</summary>
public static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files (.txt, .html, .htm, .gz), JSON Lines (.jsonl), WARC (.warc, .warc.gz), directories (read recursively) or - for stdin.",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = StoreOptions.Db();
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Documents processed in parallel (default: the number of cores).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var timeout = new Option<int>("--timeout")
        {
            Description = "Per-document time limit in seconds; a page that takes longer is recorded as a 'timeout' failure.",
            DefaultValueFactory = _ => 30,
        };
        var maxSize = new Option<int>("--max-size")
        {
            Description = "Largest page accepted, in MiB after decompression; larger ones are recorded as 'oversize' failures.",
            DefaultValueFactory = _ => 32,
        };
        var batch = new Option<int>("--batch")
        {
            Description = "Documents per write transaction.",
            DefaultValueFactory = _ => 256,
        };
        var command = new Command("ingest", """
            Ingest pages into the store: every page goes through extraction and the language layers, and is stored with
            its entities, quotes, times, amounts and relations, indexed for search. Inputs already stored (same content)
            are skipped, so an interrupted run is resumed by running it again. Pages that cannot be processed are
            recorded as failures with their path or record offset, kind and message.
            Exit code: 0 when every document succeeded, 1 when some failed, 2 on a usage error, 3 when the store cannot be used.
            """)
        {
            paths, db, jobs, timeout, maxSize, batch,
        };
        command.SetAction(parse =>
        {
            var inputs = parse.GetValue(paths) ?? [];
            var dbPath = parse.GetValue(db)!;
            var options = new IngestOptions
            {
                Workers = Math.Max(1, parse.GetValue(jobs)),
                PerDocumentLimit = TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(timeout))),
                BatchSize = Math.Max(1, parse.GetValue(batch)),
            };
            var inputOptions = InputOptions.Default with { MaxPageBytes = Math.Max(1, parse.GetValue(maxSize)) * 1024L * 1024 };
            return Run(inputs, dbPath, options, inputOptions);
        });
        return command;
    }

    /// <summary>The full pipeline, with the nesting guard ahead of any HTML parsing (a collection may hold anything).</summary>
    public static Pipeline CreatePipeline()
        => new PipelineBuilder().UseExtraction().UseLanguage().Build();

    public static int Run(IReadOnlyList<string> paths, string dbPath, IngestOptions options, InputOptions inputOptions)
    {
        using var store = StoreOptions.Open(dbPath, "ingest", mustExist: false);
        if (store is null)
        {
            return 3;
        }

        var pipeline = CreatePipeline();
        var progress = new ReadProgress();
        var printer = ProgressPrinter.ForStderr();
        IngestSummary summary;
        try
        {
            var runner = new IngestRunner(pipeline, store, options);
            summary = runner.Run(new CollectionReader(inputOptions).Read(paths, progress), progress, printer.Report, printer.Interval);
        }
        catch (StoreException e)
        {
            printer.Finish();
            Console.Error.WriteLine($"dateline ingest: {e.Message}");
            return 3;
        }

        printer.Finish();
        var rate = summary.Seconds > 0 ? ((summary.Stored + summary.Failed) / summary.Seconds).ToString("0.0", CultureInfo.InvariantCulture) : "-";
        Console.Error.WriteLine(
            $"dateline ingest: {summary.Read} inputs: {summary.Stored} stored, {summary.Failed} failed, {summary.Skipped} skipped (already stored), " +
            $"{summary.NearDuplicates} near-duplicates; {summary.Seconds.ToString("0.0", CultureInfo.InvariantCulture)} s, {rate} docs/s → {dbPath}");
        return summary.Failed > 0 ? 1 : 0;
    }
}
