using System.CommandLine;
using Dateline.Core.Output;
using Dateline.Core.Pipeline;
using Dateline.Extraction;
using Dateline.Extraction.Input;

namespace Dateline.Cli.Commands;

/// <summary>`dateline extract`: pages in, clean articles out (docs/output-contract.md).</summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Files (.txt, .html, .htm, optionally .gz), directories (read recursively) or - for stdin.",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = FormatOption();
        var limit = new Option<int>("--timeout")
        {
            Description = "Per-document time limit in seconds; a page that takes longer fails with kind 'timeout'.",
            DefaultValueFactory = _ => 30,
        };
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Documents processed in parallel (default: the number of cores).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var command = new Command("extract", """
            Extract the article of each page: title, publication date, authors, dateline, reading time, language,
            body text with paragraph spans, related-story teasers and the chrome removed (with reasons).
            Prints one JSON object per document (JSON Lines) by default. A document that cannot be read or processed
            prints {"id","source","error":{"kind","message"}} and the run goes on.
            Exit code: 0 when every document succeeded, 1 when some failed, 2 on a usage error.
            """)
        {
            paths, format, limit, jobs,
        };
        command.SetAction(parse =>
        {
            var pipeline = new PipelineBuilder().UseExtraction().Build();
            return Run(pipeline, parse.GetValue(paths)!, parse.GetValue(format), TimeSpan.FromSeconds(Math.Max(1, parse.GetValue(limit))), parse.GetValue(jobs), new ArticleJsonWriter());
        });
        return command;
    }

    public static Option<OutputFormat> FormatOption() => new("--format", "-f")
    {
        Description = "Output format: jsonl (one JSON object per line), json (an indented array) or text.",
        DefaultValueFactory = _ => OutputFormat.Jsonl,
    };

    public static int Run(Pipeline pipeline, IEnumerable<string> paths, OutputFormat format, TimeSpan limit, int jobs, ArticleJsonWriter json)
    {
        var collector = new InputCollector();
        var processor = new DocumentProcessor(pipeline, limit, jobs);
        using var stdout = Console.OpenStandardOutput();
        using var writer = new ResultWriter(stdout, format, json);
        writer.Begin();
        foreach (var result in processor.Run(collector.Collect(paths)))
        {
            writer.Write(result);
            if (!result.Succeeded)
            {
                Console.Error.WriteLine($"dateline: {result.Source}: {result.Error.Kind}: {result.Error.Message}");
            }
        }

        writer.End();
        Console.Error.WriteLine($"dateline: {writer.Succeeded} documents extracted, {writer.Failed} failed");
        return writer.Failed > 0 ? 1 : 0;
    }
}
