using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Language.Entities;
using Dateline.Language.Tokens;

namespace Dateline.Training.Evaluation;

/// <summary>
/// `dateline bench`: tokens per second of every language stage (tokens, sentences, entities, resolution, quotes,
/// times, amounts, events, relations) on one thread over news text, each timed on its own clock, and of them all.
/// </summary>
public static class LanguageBench
{
    /// <param name="pipeline">The `annotate --jsonl` pipeline (given text, then every language layer), composed by the host.</param>
    public static void Run(IReadOnlyList<string> files, int minTokens, PipelineBuilder pipeline, EntityRecognizer? recognizer, TextWriter output, TextWriter log)
    {
        var texts = ReadTexts(files);
        log.WriteLine($"bench: {texts.Count} texts from {files.Count} files");
        if (recognizer is not null)
        {
            pipeline.Replace<EntityRecognizerComponent>(new EntityRecognizerComponent(recognizer));
        }

        var stages = pipeline.Build().Components.ToArray();
        int core = Array.FindIndex(stages, c => c is EntityRecognizerComponent) + 1; // up to and including entities

        // Warm-up: load the models and let the JIT settle, outside the timing.
        Time(texts.Take(50).ToList(), stages, [.. stages.Select(_ => new Stopwatch())], 1);
        var clocks = stages.Select(_ => new Stopwatch()).ToArray();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        long tokens = Time(texts, stages, clocks, minTokens);
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        double coreSeconds = clocks.Take(core).Sum(c => c.Elapsed.TotalSeconds);
        double all = clocks.Sum(c => c.Elapsed.TotalSeconds);
        for (int s = 0; s < stages.Length; s++)
        {
            output.WriteLine($"{stages[s].Name,-18} {clocks[s].Elapsed.TotalSeconds,7:F2} s  {tokens / clocks[s].Elapsed.TotalSeconds,12:N0} tokens/s  {100 * clocks[s].Elapsed.TotalSeconds / all,5:F1} %");
        }

        output.WriteLine($"up to entities:  {tokens:N0} tokens in {coreSeconds:F2} s = {tokens / coreSeconds:N0} tokens/s (one thread)");
        output.WriteLine($"every stage:     {tokens:N0} tokens in {all:F2} s = {tokens / all:N0} tokens/s (one thread)");

        // Wall-clock figures suffer when other jobs share the core; CPU time is what the process itself used.
        output.WriteLine($"process CPU time, every stage: {cpu:F2} s = {tokens / cpu:N0} tokens/s");
    }

    private static long Time(List<string> texts, IPipelineComponent[] stages, Stopwatch[] clocks, int minTokens)
    {
        long tokens = 0;
        while (tokens < minTokens && texts.Count > 0)
        {
            foreach (var text in texts)
            {
                var doc = Document.FromText("bench", text);
                for (int s = 0; s < stages.Length; s++)
                {
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

    private static List<string> ReadTexts(IReadOnlyList<string> files)
    {
        var texts = new List<string>();
        foreach (var file in files)
        {
            using var stream = File.OpenRead(file);
            using var gzip = file.EndsWith(".gz", StringComparison.Ordinal) ? (Stream)new GZipStream(stream, CompressionMode.Decompress) : stream;
            using var reader = new StreamReader(gzip);
            while (reader.ReadLine() is { } line)
            {
                using var json = JsonDocument.Parse(line);
                if (json.RootElement.TryGetProperty("text", out var t) && t.GetString() is { Length: > 0 } text)
                {
                    texts.Add(text);
                }
            }
        }

        return texts;
    }
}
