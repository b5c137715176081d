using System.CommandLine;
using System.Diagnostics;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Language.Entities;
using Dateline.Language.Resolution;
using Dateline.Language.Sentences;
using Dateline.Language.Tokens;

namespace Dateline.Cli.Commands;

/// <summary>`dateline bench`: language-layer throughput on one core (tokens, sentences, entities, resolution).</summary>
public static class BenchCommand
{
    public static Command Create()
    {
        var corpus = new Option<string[]>("--corpus")
        {
            Description = "JSON Lines files of texts (default: ../shared/data/corpus/*.jsonl.gz).",
            AllowMultipleArgumentsPerToken = true,
        };
        var minTokens = new Option<int>("--tokens") { Description = "Annotate at least this many tokens.", DefaultValueFactory = _ => 1_000_000 };
        var model = new Option<string?>("--model") { Description = "NER model or ensemble file to time (default: the shipped one)." };
        var command = new Command("bench", "Measure tokens/s of the language layers on one thread over news text.") { corpus, minTokens, model };
        command.SetAction(parse =>
        {
            var files = parse.GetValue(corpus) is { Length: > 0 } given
                ? given
                : Directory.GetFiles(Path.Combine("..", "shared", "data", "corpus"), "*.jsonl.gz").Order(StringComparer.Ordinal).ToArray();
            EntityRecognizer? recognizer = null;
            try
            {
                recognizer = parse.GetValue(model) is { } path ? new EntityRecognizer(NerEnsemble.Load(path)) : null;
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                Console.Error.WriteLine($"dateline bench: {e.Message}");
                return 2;
            }

            var texts = ReadTexts(files);
            Console.Error.WriteLine($"bench: {texts.Count} texts from {files.Length} files");

            var stages = new IPipelineComponent[]
            {
                new TokenizerComponent(), new SentenceSplitterComponent(),
                recognizer is null ? new EntityRecognizerComponent() : new EntityRecognizerComponent(recognizer),
                new EntityResolverComponent(),
            };

            // Warm-up: load the models and let the JIT settle, outside the timing.
            Run(texts.Take(50).ToList(), stages, new Stopwatch[stages.Length], 1);
            var clocks = stages.Select(_ => new Stopwatch()).ToArray();
            var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
            long tokens = Run(texts, stages, clocks, parse.GetValue(minTokens));
            var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
            double core = clocks.Take(3).Sum(c => c.Elapsed.TotalSeconds);
            double all = clocks.Sum(c => c.Elapsed.TotalSeconds);
            for (int s = 0; s < stages.Length; s++)
            {
                Console.WriteLine($"{stages[s].Name,-18} {clocks[s].Elapsed.TotalSeconds,7:F2} s  {tokens / clocks[s].Elapsed.TotalSeconds,12:N0} tokens/s");
            }

            Console.WriteLine($"tokens+sentences+entities: {tokens:N0} tokens in {core:F2} s = {tokens / core:N0} tokens/s (one thread)");
            Console.WriteLine($"with resolution:           {tokens:N0} tokens in {all:F2} s = {tokens / all:N0} tokens/s (one thread)");

            // Wall-clock figures suffer when other jobs share the core; CPU time is what the process itself used.
            Console.WriteLine($"process CPU time, all four stages: {cpu:F2} s = {tokens / cpu:N0} tokens/s");
            return 0;
        });
        return command;
    }

    private static long Run(List<string> texts, IPipelineComponent[] stages, Stopwatch[] clocks, int minTokens)
    {
        long tokens = 0;
        while (tokens < minTokens)
        {
            foreach (var text in texts)
            {
                var doc = Document.FromText("bench", text);
                for (int s = 0; s < stages.Length; s++)
                {
                    clocks[s] ??= new Stopwatch();
                    clocks[s].Start();
                    doc = stages[s].Process(doc, ProcessingContext.None);
                    clocks[s].Stop();
                }

                tokens += doc.Layer<Token>().Length;
                if (tokens >= minTokens)
                {
                    break;
                }
            }
        }

        return tokens;
    }

    private static List<string> ReadTexts(string[] files)
    {
        var texts = new List<string>();
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            using var gzip = file.EndsWith(".gz", StringComparison.Ordinal) ? (Stream)new System.IO.Compression.GZipStream(stream, System.IO.Compression.CompressionMode.Decompress) : stream;
            using var reader = new StreamReader(gzip);
            while (reader.ReadLine() is { } line)
            {
                using var json = System.Text.Json.JsonDocument.Parse(line);
                if (json.RootElement.TryGetProperty("text", out var t) && t.GetString() is { Length: > 0 } text)
                {
                    texts.Add(text);
                }
            }
        }

        return texts;
    }
}
