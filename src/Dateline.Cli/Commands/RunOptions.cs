using System.CommandLine;
using Dateline.Core.Running;
using Dateline.Extraction.Input;

namespace Dateline.Cli.Commands;

/// <summary>The options every command that runs the pipeline shares: parallelism and the time limit of one document.</summary>
public static class RunOptions
{
    public static Option<int> Jobs() => new Option<int>("--jobs", "-j")
    {
        Description = "Documents processed in parallel, 1 to 64 (default: the number of cores).",
        DefaultValueFactory = _ => Math.Clamp(Environment.ProcessorCount, 1, 64),
    }.InRange(1, 64);

    public static Option<int> Timeout(int seconds) => new Option<int>("--timeout")
    {
        Description = "Per-document time limit in seconds (1 to 86400); a page that takes longer fails with kind 'timeout'.",
        DefaultValueFactory = _ => seconds,
    }.InRange(1, 86_400);

    public static Option<int> MaxSize() => new Option<int>("--max-size")
    {
        Description = "Largest page accepted, in MiB after decompression (1 to 4096); larger ones fail with kind 'oversize'.",
        DefaultValueFactory = _ => 32,
    }.InRange(1, 4096);

    /// <summary>`--no-comments`: leave reader comments out (the `comments` list stays empty).</summary>
    public static Option<bool> NoComments() => new("--no-comments")
    {
        Description = "Leave out the reader comments of pages' comment sections (the comments list stays empty).",
    };

    /// <summary>The one collection reader of the commands that read pages, with the --max-size limit (MiB) given.</summary>
    public static CollectionReader Reader(int maxSizeMib)
        => new(InputOptions.Default with { MaxPageBytes = Math.Max(1, maxSizeMib) * 1024L * 1024 });

    public static RunnerOptions Runner(int jobs, int timeoutSeconds) => new()
    {
        Workers = Math.Max(1, jobs),
        PerDocumentLimit = TimeSpan.FromSeconds(Math.Max(1, timeoutSeconds)),
    };
}
