using System.CommandLine;
using Dateline.Language.Entities;
using Dateline.Training.Evaluation;

namespace Dateline.Cli.Commands;

/// <summary>`dateline bench`: language-layer throughput on one core, stage by stage (tokens through events and relations).</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "JSON Lines files of texts (default: ../shared/data/corpus/*.jsonl.gz).",
            AllowMultipleArgumentsPerToken = true,
        };
        var minTokens = new Option<int>("--tokens") { Description = "Annotate at least this many tokens.", DefaultValueFactory = _ => 1_000_000 }.InRange(1, int.MaxValue);
        var model = new Option<string?>("--model") { Description = "NER model or ensemble file to time (default: the shipped one)." };
        var pos = new Option<bool>("--pos") { Description = "Also time the part-of-speech tagger (the stage `annotate --pos` adds)." };
        var command = new Command("bench", "Measure tokens/s of every language layer, stage by stage, on one thread over news text.") { corpus, minTokens, model, pos };
        command.SetAction(parse =>
        {
            EntityRecognizer? recognizer;
            try
            {
                recognizer = parse.GetValue(model) is { } path ? new EntityRecognizer(NerEnsemble.Load(path)) : null;
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                Console.Error.WriteLine($"dateline bench: {e.Message}");
                return 2;
            }

            var files = parse.GetValue(corpus) is { Length: > 0 } given ? given : TrainCommand.SharedCorpus();
            var composing = System.Diagnostics.Stopwatch.StartNew();
            Compose.ForManyDocuments();
            var pipeline = Compose.GivenText().WithPartsOfSpeech(parse.GetValue(pos));
            Console.Out.WriteLine($"start-up: composing the pipeline {composing.Elapsed.TotalSeconds:F3} s (wall)");
            LanguageBench.Run(files, parse.GetValue(minTokens), pipeline, recognizer, Console.Out, Console.Error);
            return 0;
        });
        return command;
    }
}
