using System.CommandLine;
using Dateline.Extraction.Input;
using Dateline.Extraction.Input.Units;
using Dateline.Store.Queue;

namespace Dateline.Cli.Commands;

/// <summary>`dateline enqueue`: cuts a collection into work units and adds the ones the queue does not know yet.</summary>
public static class EnqueueCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Files and directories, as ingest takes them (stdin is not a place a worker can read).", Arity = ArgumentArity.OneOrMore };
        var queue = QueueAddress.Queue();
        var warcPages = new Option<int>("--warc-records")
        {
            Description = "Pages (HTML responses) of a WARC file per unit, 1 to 1000000.",
            DefaultValueFactory = _ => new UnitOptions().WarcPages,
        }.InRange(1, 1_000_000);
        var jsonlPages = new Option<int>("--jsonl-lines")
        {
            Description = "Pages (lines) of a JSON Lines file per unit, 1 to 1000000.",
            DefaultValueFactory = _ => new UnitOptions().JsonlPages,
        }.InRange(1, 1_000_000);
        var command = new Command("enqueue", """
            Add a collection to the work queue for `dateline worker`s: a unit per page file, and ranges of pages of WARC
            and JSON Lines files. A unit is known by its file (absolute path, size, modification time) and range, so
            enqueueing the same input again adds nothing. Prints the units added and those already queued, done or dead.
            Exit code: 0, 1 when a named path could not be queued, 2 on a usage error, 3 when the queue cannot be used.
            """)
        {
            paths, queue, warcPages, jsonlPages,
        };
        command.SetAction(parse =>
        {
            var named = parse.GetValue(paths)!;
            if (named.Contains("-"))
            {
                Console.Error.WriteLine("dateline enqueue: -: stdin cannot be enqueued (workers read files by path); save it to a file first");
            }

            var plan = new UnitReader(new CollectionReader(), new UnitOptions { WarcPages = parse.GetValue(warcPages), JsonlPages = parse.GetValue(jsonlPages) })
                .Plan(named.Where(p => p != "-"));
            foreach (var item in plan.NotQueued)
            {
                Console.Error.WriteLine(item.SkipReason is { } reason ? $"dateline enqueue: {item.Source}: skipped: {reason}" : $"dateline enqueue: {item.Error!.Message}");
            }

            var options = new QueueOptions { Url = parse.GetValue(queue)! };
            var someNotQueued = named.Contains("-") || plan.NotQueued.Any(i => i.Error is not null);
            return Enqueue(options, plan, someNotQueued).GetAwaiter().GetResult();
        });
        return command;
    }

    private static async Task<int> Enqueue(QueueOptions options, UnitPlan plan, bool someNotQueued)
    {
        await using var queue = await QueueAddress.OpenAsync(options, "enqueue");
        if (queue is null)
        {
            return QueueAddress.Unusable;
        }

        EnqueueSummary summary;
        try
        {
            summary = await queue.EnqueueAsync(plan.Units);
        }
        catch (QueueUnavailableException e)
        {
            Console.Error.WriteLine($"dateline enqueue: {e.Message}");
            return QueueAddress.Unusable;
        }

        Console.WriteLine($"{plan.Units.Count} units: {summary.Added} added, {summary.AlreadyPending} already queued, {summary.AlreadyDone} already done, {summary.AlreadyDead} dead → {options.Url}");
        return someNotQueued ? 1 : 0;
    }
}
