using System.CommandLine;
using Dateline.Core.Running;

namespace Dateline.Cli.Commands;

/// <summary>The options every command that runs the pipeline shares: parallelism and the time limit of one document.</summary>
public static class RunOptions
{
    public static Option<int> Jobs() => new("--jobs", "-j")
    {
        Description = "Documents processed in parallel (default: the number of cores).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
    };

    public static Option<int> Timeout(int seconds) => new("--timeout")
    {
        Description = "Per-document time limit in seconds; a page that takes longer fails with kind 'timeout'.",
        DefaultValueFactory = _ => seconds,
    };

    public static Option<int> MaxSize() => new("--max-size")
    {
        Description = "Largest page accepted, in MiB after decompression; larger ones fail with kind 'oversize'.",
        DefaultValueFactory = _ => 32,
    };

    public static RunnerOptions Runner(int jobs, int timeoutSeconds) => new()
    {
        Workers = Math.Max(1, jobs),
        PerDocumentLimit = TimeSpan.FromSeconds(Math.Max(1, timeoutSeconds)),
    };
}
