using System.CommandLine;
using Dateline.Store.Queue;

namespace Dateline.Cli.Commands;

/// <summary>The --queue option the queue commands share (default from DATELINE_QUEUE), and opening the queue with a clear message when it fails.</summary>
public static class QueueAddress
{
    public const string EnvironmentVariable = "DATELINE_QUEUE";

    /// <summary>The exit code when the queue cannot be used (no server, no JetStream), as for a store that cannot be used.</summary>
    public const int Unusable = StoreOptions.Unusable;

    public static Option<string> Queue() => new("--queue")
    {
        Description = $"The NATS server with JetStream holding the work queue (default: ${EnvironmentVariable}, else {QueueOptions.DefaultUrl}).",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } url ? url : QueueOptions.DefaultUrl,
    };

    /// <summary>Opens the queue, or prints why it cannot be used and returns null.</summary>
    public static async Task<WorkQueue?> OpenAsync(QueueOptions options, string command, CancellationToken cancellation = default)
    {
        try
        {
            return await WorkQueue.OpenAsync(options, cancellation);
        }
        catch (QueueUnavailableException e)
        {
            Console.Error.WriteLine($"dateline {command}: {e.Message}");
            return null;
        }
    }
}
