using System.CommandLine;
using Dateline.Core.Output;
using Dateline.Core.Pipeline;
using Dateline.Core.Running;

namespace Dateline.Cli.Commands;

/// <summary>`dateline extract`: pages in, clean articles out (docs/output-contract.md).</summary>
public static class ExtractCommand
{
    public const string PathsHelp = "Files (.txt, .html, .htm, optionally .gz), JSON Lines (.jsonl), WARC (.warc, .warc.gz), directories (read recursively) or - for stdin.";

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = PathsHelp, Arity = ArgumentArity.OneOrMore };
        var format = FormatOption();
        var timeout = RunOptions.Timeout(30);
        var jobs = RunOptions.Jobs();
        var maxSize = RunOptions.MaxSize();
        var noComments = RunOptions.NoComments();
        var command = new Command("extract", """
            Extract the article of each page: title, publication date, authors, dateline, reading time, language,
            body text with paragraph spans, related-story teasers, reader comments and the chrome removed (with reasons).
            Prints one JSON object per document (JSON Lines) by default. A document that cannot be read or processed
            prints {"id","source","error":{"kind","message"}} and the run goes on.
            Exit code: 0 when every document succeeded, 1 when some failed, 2 on a usage error.
            """)
        {
            paths, format, timeout, jobs, maxSize, noComments,
        };
        command.SetAction(parse => Run(
            Compose.Extraction(!parse.GetValue(noComments)).Build(),
            Read(parse.GetValue(paths)!, parse.GetValue(maxSize)),
            parse.GetValue(format),
            RunOptions.Runner(parse.GetValue(jobs), parse.GetValue(timeout)),
            "extract",
            "documents extracted"));
        return command;
    }

    public static Option<OutputFormat> FormatOption() => new("--format", "-f")
    {
        Description = "Output format: jsonl (one JSON object per line), json (an indented array) or text.",
        DefaultValueFactory = _ => OutputFormat.Jsonl,
    };

    /// <summary>The inputs the paths name, read by the one collection reader (the same as `ingest`'s).</summary>
    public static IEnumerable<InputItem> Read(IEnumerable<string> paths, int maxSizeMib)
        => RunOptions.Reader(maxSizeMib).Read(paths);

    /// <summary>Runs the pipeline over the inputs and prints each outcome in input order; failures are also named on stderr.</summary>
    public static int Run(Pipeline pipeline, IEnumerable<InputItem> inputs, OutputFormat format, RunnerOptions options, string command, string what)
    {
        var printer = ProgressPrinter.ForStderr(command);
        var runner = new DocumentRunner(pipeline, options with { ProgressInterval = printer.Interval });
        using var stdout = Console.OpenStandardOutput();
        using var writer = new ResultWriter(stdout, format, new ArticleJsonWriter(pipeline.Layers));
        writer.Begin();
        var hooks = new RunHooks { Progress = printer.IsTerminal ? printer.Report : null };
        var skipped = 0;
        foreach (var item in runner.Run(inputs, hooks))
        {
            if (item.Result is not { } result)
            {
                skipped++;
                Console.Error.WriteLine($"dateline: {item.Input.Source}: skipped: {item.SkipReason}");
                continue;
            }

            writer.Write(result);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"dateline: {result.Source}: {result.Error.Kind}: {result.Error.Message}");
            }
        }

        writer.End();
        if (printer.IsTerminal)
        {
            printer.Finish();
        }

        Console.Error.WriteLine($"dateline: {writer.Succeeded} {what}, {writer.Failed} failed, {skipped} skipped");
        return writer.Failed > 0 ? 1 : 0;
    }
}
