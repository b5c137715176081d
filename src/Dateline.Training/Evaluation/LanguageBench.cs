using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Core.Running;
using Dateline.Language.Entities;
using Dateline.Language.Tokens;

namespace Dateline.Training.Evaluation;

/// <summary>
/// `dateline bench`: words (and tokens) per second of every language stage (tokens, sentences, entities, resolution,
/// quotes, times, amounts, events, relations) on one thread over news text, each timed on its own clock of the
/// thread's CPU time (<see cref="ThreadClock"/>), and of them all. A word is a token that starts with a letter or a
/// digit (punctuation marks are tokens, not words).
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

        // Start-up per stage: the first document pays for loading models and word lists and for the JIT.
        var first = stages.Select(_ => new ThreadClock()).ToArray();
        Time(texts.Take(1).ToList(), stages, first, new long[stages.Length], 1);
        output.WriteLine($"start-up (first document, thread CPU s): {string.Join(", ", stages.Select((s, i) => $"{s.Name} {first[i].Elapsed.TotalSeconds:F3}"))}; total {first.Sum(c => c.Elapsed.TotalSeconds):F3}");

        // Warm-up: passes of about 50 texts until one is no faster than the pass before (the tiered JIT has settled and
        // run-time compiled rules are compiled), each followed by a pause in which the runtime's background compiler
        // gets the core. One fixed pass was too short to compare builds whose start-up work differs: a build that
        // compiled fewer rules in it was timed partly on unoptimised code (bench/README.md, "The bench's warm-up").
        int passes = WarmUp(texts, stages);
        log.WriteLine($"bench: warm-up of {passes} passes");
        var clocks = stages.Select(_ => new ThreadClock()).ToArray();
        var allocated = new long[stages.Length];
        var wall = Stopwatch.StartNew();
        var (tokens, words) = Time(texts, stages, clocks, allocated, minTokens);
        wall.Stop();
        double coreSeconds = clocks.Take(core).Sum(c => c.Elapsed.TotalSeconds);
        double all = clocks.Sum(c => c.Elapsed.TotalSeconds);
        string clock = ThreadClock.CountsCpu ? "thread CPU" : "wall";
        output.WriteLine($"{"stage",-18} {clock + " s",10} {"words/s",12} {"tokens/s",12}  share  {"allocated B / 1k words",22}");
        for (int s = 0; s < stages.Length; s++)
        {
            double seconds = clocks[s].Elapsed.TotalSeconds;
            output.WriteLine($"{stages[s].Name,-18} {seconds,10:F2} {words / seconds,12:N0} {tokens / seconds,12:N0}  {100 * seconds / all,5:F1} %  {1000.0 * allocated[s] / words,22:N0}");
        }

        output.WriteLine($"up to entities:  {words:N0} words ({tokens:N0} tokens) in {coreSeconds:F2} s = {words / coreSeconds:N0} words/s, {tokens / coreSeconds:N0} tokens/s (one thread)");
        output.WriteLine($"every stage:     {words:N0} words ({tokens:N0} tokens) in {all:F2} s = {words / all:N0} words/s, {tokens / all:N0} tokens/s (one thread)");
        output.WriteLine($"allocated, every stage: {1000.0 * allocated.Sum() / words:N0} bytes per 1,000 words");

        // The wall clock counts the time other jobs held the core: on a busy machine it is the unsteady figure.
        output.WriteLine($"wall clock, every stage: {wall.Elapsed.TotalSeconds:F2} s = {words / wall.Elapsed.TotalSeconds:N0} words/s");
    }

    /// <summary>The most warm-up passes, and how much faster than the one before a pass must be for another to follow.</summary>
    private const int MaxWarmUpPasses = 8;

    private const double WarmUpGain = 0.97;

    private static int WarmUp(List<string> texts, IPipelineComponent[] stages)
    {
        double previous = double.MaxValue;
        for (int pass = 1; pass <= MaxWarmUpPasses; pass++)
        {
            var clocks = stages.Select(_ => new ThreadClock()).ToArray();
            Time(texts, stages, clocks, new long[stages.Length], 30_000);
            double seconds = clocks.Sum(c => c.Elapsed.TotalSeconds);
            Thread.Sleep(200);
            if (seconds > WarmUpGain * previous)
            {
                return pass;
            }

            previous = seconds;
        }

        return MaxWarmUpPasses;
    }

    private static (long Tokens, long Words) Time(List<string> texts, IPipelineComponent[] stages, ThreadClock[] clocks, long[] allocated, int minTokens)
    {
        long tokens = 0;
        long words = 0;
        while (tokens < minTokens && texts.Count > 0)
        {
            foreach (var text in texts)
            {
                var doc = Document.FromText("bench", text);
                for (int s = 0; s < stages.Length; s++)
                {
                    long before = GC.GetAllocatedBytesForCurrentThread();
                    clocks[s].Start();
                    if (stages[s].AppliesTo(doc))
                    {
                        doc = stages[s].Process(doc, ProcessingContext.None);
                    }

                    clocks[s].Stop();
                    allocated[s] += GC.GetAllocatedBytesForCurrentThread() - before;
                }

                var layer = doc.Layer<Token>();
                tokens += layer.Length;
                words += CountWords(doc.Text, layer.AsSpan());
                if (tokens >= minTokens)
                {
                    break;
                }
            }
        }

        return (tokens, words);
    }

    private static int CountWords(string text, ReadOnlySpan<Token> tokens)
    {
        int words = 0;
        foreach (var token in tokens)
        {
            if (char.IsLetterOrDigit(text[token.Span.Start]))
            {
                words++;
            }
        }

        return words;
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
