using System.CommandLine;
using System.Text.Json;
using Dateline.Store.Queue;

namespace Dateline.Cli.Commands;

/// <summary>`dateline queue status`: how many units wait, run, are done and were given up.</summary>
public static class QueueCommand
{
    public static Command Create()
    {
        var queue = QueueAddress.Queue();
        var format = new Option<string>("--format", "-f") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var status = new Command("status", """
            Print the work queue's units: pending (waiting for a worker), in flight (delivered, not yet acknowledged:
            running or waiting for a retry), done and dead; json: {"pending","inFlight","done","dead","redelivered","doneLastMinute"}.
            Exit code: 0, 2 on a usage error, 3 when the queue cannot be used.
            """)
        {
            queue, format,
        };
        status.SetAction(parse => Status(new QueueOptions { Url = parse.GetValue(queue)! }, parse.GetValue(format) == "json").GetAwaiter().GetResult());
        return new Command("queue", "The work queue of `dateline enqueue` and `dateline worker` (docs/queue.md).") { status };
    }

    private static async Task<int> Status(QueueOptions options, bool json)
    {
        await using var queue = await QueueAddress.OpenAsync(options, "queue status");
        if (queue is null)
        {
            return QueueAddress.Unusable;
        }

        QueueStatus status;
        try
        {
            status = await queue.StatusAsync();
        }
        catch (QueueUnavailableException e)
        {
            Console.Error.WriteLine($"dateline queue status: {e.Message}");
            return QueueAddress.Unusable;
        }

        if (!json)
        {
            Console.WriteLine($"pending     {status.Pending}");
            Console.WriteLine($"in flight   {status.InFlight}");
            Console.WriteLine($"done        {status.Done}");
            Console.WriteLine($"dead        {status.Dead}");
            Console.WriteLine($"redelivered {status.Redelivered} (in flight after an earlier delivery)");
            Console.WriteLine($"done in the last minute {status.DoneLastMinute}");
            return 0;
        }

        using var stdout = Console.OpenStandardOutput();
        using (var w = new Utf8JsonWriter(stdout))
        {
            w.WriteStartObject();
            w.WriteNumber("pending", status.Pending);
            w.WriteNumber("inFlight", status.InFlight);
            w.WriteNumber("done", status.Done);
            w.WriteNumber("dead", status.Dead);
            w.WriteNumber("redelivered", status.Redelivered);
            w.WriteNumber("doneLastMinute", status.DoneLastMinute);
            w.WriteEndObject();
        }

        stdout.WriteByte((byte)'\n');
        return 0;
    }
}
