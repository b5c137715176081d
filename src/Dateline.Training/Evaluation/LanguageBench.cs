using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Language.Entities;
using Dateline.Language.Resolution;
using Dateline.Language.Sentences;
using Dateline.Language.Tokens;

namespace Dateline.Training.Evaluation;

/// <summary>`dateline bench`: tokens per second of the language stages (tokens, sentences, entities, resolution) on one thread over news text.</summary>
public static class LanguageBench
{
    public static void Run(IReadOnlyList<string> files, int minTokens, EntityRecognizer? recognizer, TextWriter output, TextWriter log)
    {
        var texts = ReadTexts(files);
        log.WriteLine($"bench: {texts.Count} texts from {files.Count} files");
        var stages = new IPipelineComponent[]
        {
            new TokenizerComponent(), new SentenceSplitterComponent(),
            recognizer is null ? new EntityRecognizerComponent() : new EntityRecognizerComponent(recognizer),
            new EntityResolverComponent(),
        };

        // Warm-up: load the models and let the JIT settle, outside the timing.
        Time(texts.Take(50).ToList(), stages, [.. stages.Select(_ => new Stopwatch())], 1);
        var clocks = stages.Select(_ => new Stopwatch()).ToArray();
        var cpuBefore = Process.GetCurrentProcess().TotalProcessorTime;
        long tokens = Time(texts, stages, clocks, minTokens);
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpuBefore).TotalSeconds;
        double core = clocks.Take(3).Sum(c => c.Elapsed.TotalSeconds);
        double all = clocks.Sum(c => c.Elapsed.TotalSeconds);
        for (int s = 0; s < stages.Length; s++)
        {
            output.WriteLine($"{stages[s].Name,-18} {clocks[s].Elapsed.TotalSeconds,7:F2} s  {tokens / clocks[s].Elapsed.TotalSeconds,12:N0} tokens/s");
        }

        output.WriteLine($"tokens+sentences+entities: {tokens:N0} tokens in {core:F2} s = {tokens / core:N0} tokens/s (one thread)");
        output.WriteLine($"with resolution:           {tokens:N0} tokens in {all:F2} s = {tokens / all:N0} tokens/s (one thread)");

        // Wall-clock figures suffer when other jobs share the core; CPU time is what the process itself used.
        output.WriteLine($"process CPU time, all four stages: {cpu:F2} s = {tokens / cpu:N0} tokens/s");
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
