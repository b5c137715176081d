using System.CommandLine;
using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Core.Output;
using Dateline.Core.Pipeline;
using Dateline.Extraction;
using Dateline.Extraction.Given;
using Dateline.Extraction.Language;
using Dateline.Language;

namespace Dateline.Cli.Commands;

/// <summary>`dateline annotate`: the article of `extract` plus the language layers (entities, quotes, times, amounts, relations).</summary>
public static class AnnotateCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Pages to extract and annotate: files, directories or - for stdin.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var jsonl = new Option<string?>("--jsonl")
        {
            Description = "Annotate the texts of a JSON Lines file ({\"id\",\"text\",\"dct\"} per line) as given, without cleaning; spans index into that text.",
        };
        var conll = new Option<string?>("--conll")
        {
            Description = "Tag a CoNLL-2003-format file (token first, gold tag last) and print `token gold predicted` lines (IOB2, CoNLL types) for conlleval.",
        };
        var model = new Option<string?>("--model")
        {
            Description = "With --conll: an entity model file to use instead of the shipped one (e.g. a comparison model).",
        };
        var consistency = new Option<bool>("--consistency")
        {
            Description = "With --conll: make the types of repeated names agree within each -DOCSTART- document (as the pipeline does for an article; off by default because GMB's -DOCSTART- blocks are not articles).",
        };
        var format = ExtractCommand.FormatOption();
        var jobs = new Option<int>("--jobs", "-j")
        {
            Description = "Documents processed in parallel (default: the number of cores).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var command = new Command("annotate", """
            Extract each page as `extract` does and add the language layers: entities, quotes, times, amounts and
            relations, as spans into `text`. With --jsonl, annotate given texts instead of pages.
            Exit code: 0 when every document succeeded, 1 when some failed, 2 on a usage error.
            """)
        {
            paths, jsonl, conll, model, consistency, format, jobs,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(conll) is { } conllFile)
            {
                return ConllTagging.Run(conllFile, parse.GetValue(model), parse.GetValue(consistency), Console.Out);
            }

            var json = new ArticleJsonWriter(LanguageJsonSections.Create());
            if (parse.GetValue(jsonl) is { } file)
            {
                return RunJsonl(file, json, parse.GetValue(jobs));
            }

            var inputs = parse.GetValue(paths) ?? [];
            if (inputs.Length == 0)
            {
                Console.Error.WriteLine("dateline annotate: give PATH... or --jsonl FILE");
                return 2;
            }

            var pipeline = new PipelineBuilder().UseExtraction().UseLanguage().Build();
            return ExtractCommand.Run(pipeline, inputs, parse.GetValue(format), TimeSpan.FromSeconds(60), parse.GetValue(jobs), json);
        });
        return command;
    }

    /// <summary>Annotates {"id","text","dct"} lines as given; a bad line gives an error line and the run goes on.</summary>
    public static int RunJsonl(string file, ArticleJsonWriter json, int jobs)
    {
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"dateline annotate: {file}: no such file");
            return 2;
        }

        var pipeline = new PipelineBuilder().Add(new GivenTextReader()).Add(new LanguageGuesser()).UseLanguage().Build();
        var lines = File.ReadLines(file).Select((line, n) => (Line: line, Number: n + 1)).Where(l => !string.IsNullOrWhiteSpace(l.Line));
        var results = lines.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, jobs)).Select(l => AnnotateLine(pipeline, file, l.Line, l.Number));
        using var stdout = Console.OpenStandardOutput();
        using var writer = new ResultWriter(stdout, OutputFormat.Jsonl, json);
        foreach (var result in results)
        {
            writer.Write(result);
        }

        writer.End();
        Console.Error.WriteLine($"dateline: {writer.Succeeded} texts annotated, {writer.Failed} failed");
        return writer.Failed > 0 ? 1 : 0;
    }

    private static DocumentResult AnnotateLine(Pipeline pipeline, string file, string line, int number)
    {
        var source = $"{file}:{number}";
        string id = $"line-{number}";
        try
        {
            using var parsed = JsonDocument.Parse(line);
            var root = parsed.RootElement;
            if (root.TryGetProperty("id", out var idElement))
            {
                id = idElement.ValueKind == JsonValueKind.String ? idElement.GetString()! : idElement.GetRawText();
            }

            if (!root.TryGetProperty("text", out var textElement) || textElement.ValueKind != JsonValueKind.String)
            {
                return DocumentResult.Failure(id, source, new DocumentError(ErrorKinds.Malformed, $"{source}: no \"text\" string"));
            }

            string? dct = root.TryGetProperty("dct", out var dctElement) && dctElement.ValueKind == JsonValueKind.String ? dctElement.GetString() : null;
            var document = Document.FromText(id, textElement.GetString()!, new ArticleMetadata { Published = dct });
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            return pipeline.Process(document, limit.Token);
        }
        catch (JsonException e)
        {
            return DocumentResult.Failure(id, source, new DocumentError(ErrorKinds.Malformed, $"{source}: invalid JSON: {e.Message}"));
        }
    }
}
