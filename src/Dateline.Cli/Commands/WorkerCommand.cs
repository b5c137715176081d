using System.CommandLine;
using System.Globalization;
using System.Runtime.InteropServices;
using Dateline.Core.Running;
using Dateline.Extraction.Input.Units;
using Dateline.Store.Queue;
using Dateline.Store;

namespace Dateline.Cli.Commands;

/// <summary>`dateline worker`: a stateless worker that takes units from the queue and ingests them into the store.</summary>
public static class WorkerCommand
{
    public static Command Create()
    {
        var queue = QueueAddress.Queue();
        var db = StoreOptions.Db();
        var jobs = RunOptions.Jobs();
        var timeout = RunOptions.Timeout(30);
        var maxSize = RunOptions.MaxSize();
        var defaults = new QueueOptions();
        var ackWait = new Option<int>("--ack-wait")
        {
            Description = "Seconds a unit may go without word from its worker before it is delivered again, 3 to 86400 (progress is sent every third of it).",
            DefaultValueFactory = _ => (int)defaults.AckWait.TotalSeconds,
        }.InRange(3, 86_400);
        var maxDeliver = new Option<int>("--max-deliver")
        {
            Description = "Deliveries of a failing unit before it is given up as dead (a dead-letter failure in the store), 1 to 100.",
            DefaultValueFactory = _ => defaults.MaxDeliver,
        }.InRange(1, 100);
        var retryDelay = new Option<int>("--retry-delay")
        {
            Description = "Seconds before a failed unit is delivered again, 0 to 86400.",
            DefaultValueFactory = _ => (int)new WorkerOptions().RetryDelay.TotalSeconds,
        }.InRange(0, 86_400);
        var idleExit = new Option<int>("--idle-exit")
        {
            Description = "Exit after this many seconds with nothing to do (no unit waiting or in flight), 0 to 86400; 0 (the default): run until stopped.",
            DefaultValueFactory = _ => 0,
        }.InRange(0, 86_400);
        var command = new Command("worker", """
            Work on the queue: take one unit at a time, ingest its pages into the store as `dateline ingest` does, and
            acknowledge it once its rows are committed. A unit that fails is retried; after --max-deliver deliveries it
            is given up with a dead-letter failure. Stop it with Ctrl+C or SIGTERM: the current unit may finish (20 s),
            else it is handed back. Progress per unit on stderr, a summary at the end.
            Exit code: 0, 2 on a usage error, 3 when the queue or the store cannot be used.
            """)
        {
            queue, db, jobs, timeout, maxSize, ackWait, maxDeliver, retryDelay, idleExit,
        };
        command.SetAction(parse =>
        {
            var options = new QueueOptions
            {
                Url = parse.GetValue(queue)!,
                AckWait = TimeSpan.FromSeconds(parse.GetValue(ackWait)),
                MaxDeliver = parse.GetValue(maxDeliver),
            };
            var workerOptions = new WorkerOptions
            {
                RetryDelay = TimeSpan.FromSeconds(parse.GetValue(retryDelay)),
                IdleExit = parse.GetValue(idleExit) is > 0 and var idle ? TimeSpan.FromSeconds(idle) : null,
            };
            var dbPath = parse.GetValue(db)!;
            Compose.ForManyDocuments();
            var pipeline = Compose.Full().Build();
            using var store = StoreOptions.Open(dbPath, "worker", mustExist: false, pipeline.Layers);
            if (store is null)
            {
                return StoreOptions.Unusable;
            }

            var runner = new DocumentRunner(pipeline, RunOptions.Runner(parse.GetValue(jobs), parse.GetValue(timeout)));
            var units = new UnitReader(RunOptions.Reader(parse.GetValue(maxSize)));
            return Work(options, workerOptions, runner, store, units, dbPath).GetAwaiter().GetResult();
        });
        return command;
    }

    private static async Task<int> Work(QueueOptions options, WorkerOptions workerOptions, DocumentRunner runner, IArticleStore store, UnitReader units, string dbPath)
    {
        using var stop = new CancellationTokenSource();
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        await using var queue = await QueueAddress.OpenAsync(options, "worker");
        if (queue is null)
        {
            return QueueAddress.Unusable;
        }

        var worker = new QueueWorker(queue, runner, store, units.Read, workerOptions);
        WorkerSummary summary;
        try
        {
            summary = await worker.RunAsync(Report, stop.Token);
        }
        catch (QueueUnavailableException e)
        {
            Console.Error.WriteLine($"dateline worker: {e.Message}");
            return QueueAddress.Unusable;
        }

        Console.Error.WriteLine(
            $"dateline worker: {summary.UnitsDone} units done: {summary.Stored} articles stored, {summary.Failed} failures; " +
            $"{summary.Retried} retried, {summary.Dead} dead, {summary.Released} handed back → {dbPath}");
        return 0;

        void Stop(PosixSignalContext context)
        {
            // Handled here: the worker finishes or hands back its unit, then exits 0.
            context.Cancel = true;
            if (!stop.IsCancellationRequested)
            {
                Console.Error.WriteLine("dateline worker: stopping (the current unit may finish; it is handed back otherwise)");
                stop.Cancel();
            }
        }
    }

    private static void Report(UnitOutcome outcome)
    {
        var seconds = outcome.Seconds.ToString("0.0", CultureInfo.InvariantCulture);
        var where = $"{outcome.Unit.Source} (unit {outcome.Unit.Id[..12]}, delivery {outcome.Delivery})";
        var ingest = outcome.Ingest is { } i ? $"{i.Stored} stored, {i.Failed} failed, {i.Skipped} skipped (already stored)" : string.Empty;
        Console.Error.WriteLine(outcome.Kind switch
        {
            UnitOutcomeKind.Done => $"dateline worker: done {where}: {ingest}; {seconds} s",
            UnitOutcomeKind.Retried => $"dateline worker: retry {where}: {outcome.Error}",
            UnitOutcomeKind.Dead => $"dateline worker: dead {where}: {outcome.Error}",
            UnitOutcomeKind.Released => $"dateline worker: handed back {where} unfinished: {ingest}",
            _ => $"dateline worker: already finished {where}",
        });
    }
}
