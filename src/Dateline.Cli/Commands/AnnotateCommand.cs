using System.CommandLine;
using Dateline.Core.Output;
using Dateline.Training.Evaluation;

namespace Dateline.Cli.Commands;

/// <summary>`dateline annotate`: the article of `extract` plus the language layers (entities, quotes, times, amounts, relations).</summary>
public static class AnnotateCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("paths")
        {
            Description = "Pages to extract and annotate: " + ExtractCommand.PathsHelp,
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
        var pos = new Option<bool>("--pos")
        {
            Description = "Also tag every token with its part of speech (Penn Treebank tags; `pos` in the JSON: [{start, end, tag}]).",
        };
        var format = ExtractCommand.FormatOption();
        var jobs = RunOptions.Jobs();
        var timeout = RunOptions.Timeout(60);
        var maxSize = RunOptions.MaxSize();
        var noComments = RunOptions.NoComments();
        var command = new Command("annotate", """
            Extract each page as `extract` does and add the language layers: entities, quotes, times, amounts and
            relations, as spans into `text`. With --jsonl, annotate given texts instead of pages.
            Exit code: 0 when every document succeeded, 1 when some failed, 2 on a usage error.
            """)
        {
            paths, jsonl, conll, model, consistency, pos, format, jobs, timeout, maxSize, noComments,
        };
        command.SetAction(parse =>
        {
            if (parse.GetValue(conll) is { } conllFile)
            {
                return ConllTagging.Run(conllFile, parse.GetValue(model), parse.GetValue(consistency), Console.Out);
            }

            var options = RunOptions.Runner(parse.GetValue(jobs), parse.GetValue(timeout));
            if (parse.GetValue(jsonl) is { } file)
            {
                if (!File.Exists(file))
                {
                    Console.Error.WriteLine($"dateline annotate: {file}: no such file");
                    return 2;
                }

                Compose.ForManyDocuments();
                var inputs = RunOptions.Reader(parse.GetValue(maxSize)).ReadJsonLines(file);
                return ExtractCommand.Run(Compose.GivenText().WithPartsOfSpeech(parse.GetValue(pos)).Build(), inputs, OutputFormat.Jsonl, options, "annotate", "texts annotated");
            }

            var given = parse.GetValue(paths) ?? [];
            if (given.Length == 0)
            {
                Console.Error.WriteLine("dateline annotate: give PATH... or --jsonl FILE");
                return 2;
            }

            if (ManyDocuments(given))
            {
                Compose.ForManyDocuments();
            }

            return ExtractCommand.Run(Compose.Full(!parse.GetValue(noComments)).WithPartsOfSpeech(parse.GetValue(pos)).Build(), ExtractCommand.Read(given, parse.GetValue(maxSize)), parse.GetValue(format), options, "annotate", "documents annotated");
        });
        return command;
    }

    /// <summary>More than one path, a folder, a web archive or standard input: inputs that usually hold many documents.</summary>
    private static bool ManyDocuments(string[] given)
        => given.Length > 1 || given[0] == "-" || Directory.Exists(given[0])
            || given[0].EndsWith(".warc", StringComparison.OrdinalIgnoreCase) || given[0].EndsWith(".warc.gz", StringComparison.OrdinalIgnoreCase);
}
