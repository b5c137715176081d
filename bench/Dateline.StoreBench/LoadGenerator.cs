using System.IO.Compression;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Dateline.StoreBench;

/// <summary>
/// Makes any number of realistic articles, deterministically, from the sentences of ../shared/data/corpus: each
/// article recombines corpus sentences into paragraphs under a corpus title, with a date and a source; a share of
/// them are near-duplicates (an earlier article re-published by another source with one sentence changed and a
/// line added), as syndicated wire copy is. The same seed gives the same collection, byte for byte.
/// </summary>
public sealed partial class LoadGenerator
{
    private readonly string[] _sentences;
    private readonly string[] _titles;
    private readonly LoadGeneratorOptions _options;

    public LoadGenerator(string corpusDirectory, LoadGeneratorOptions? options = null)
    {
        _options = options ?? new LoadGeneratorOptions();
        var sentences = new List<string>();
        var titles = new List<string>();
        foreach (var file in new[] { "wikinews_en.jsonl.gz", "voa_gmb_passages.jsonl.gz" })
        {
            using var gz = new GZipStream(File.OpenRead(Path.Combine(corpusDirectory, file)), CompressionMode.Decompress);
            using var reader = new StreamReader(gz, Encoding.UTF8);
            while (reader.ReadLine() is { } line)
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                if (root.TryGetProperty("title", out var t) && t.ValueKind == JsonValueKind.String)
                {
                    titles.Add(t.GetString()!);
                }

                if (root.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                {
                    sentences.AddRange(SentenceEnd().Split(text.GetString()!).Select(s => s.Trim()).Where(s => s.Length is > 30 and < 400 && !s.Contains('\n', StringComparison.Ordinal)));
                }
            }
        }

        _sentences = [.. sentences];
        _titles = [.. titles];
    }

    public int SentenceCount => _sentences.Length;

    /// <summary>Writes <paramref name="count"/> articles as JSON Lines ({id, url, date, title, text, source}).</summary>
    public void Write(Stream output, int count)
    {
        var random = new Random(_options.Seed);
        var recent = new List<Article>(1000);
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        for (var i = 0; i < count; i++)
        {
            Article article;
            if (recent.Count > 10 && random.NextDouble() < _options.NearDuplicateRate)
            {
                var original = recent[random.Next(recent.Count)];
                var sentences = original.Sentences.ToArray();
                sentences[random.Next(sentences.Length)] = Pick(random, _sentences);
                article = original with
                {
                    Id = $"gen-{i:D7}",
                    Source = Source(random),
                    Sentences = [.. sentences, $"This story was first published by {original.Source}."],
                };
            }
            else
            {
                var n = random.Next(_options.MinSentences, _options.MaxSentences + 1);
                article = new Article(
                    $"gen-{i:D7}",
                    Pick(random, _titles),
                    _options.FirstDate.AddDays(random.Next(_options.Days)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    Source(random),
                    [.. Enumerable.Range(0, n).Select(_ => Pick(random, _sentences))]);
                if (recent.Count == 1000)
                {
                    recent.RemoveAt(random.Next(recent.Count));
                }

                recent.Add(article);
            }

            writer.Reset();
            writer.WriteStartObject();
            writer.WriteString("id", article.Id);
            writer.WriteString("url", $"https://{article.Source}/news/{article.Id}");
            writer.WriteString("date", article.Date);
            writer.WriteString("title", article.Title);
            writer.WriteString("text", Paragraphs(random, article.Sentences));
            writer.WriteString("source", article.Source);
            writer.WriteEndObject();
            writer.Flush();
            output.WriteByte((byte)'\n');
        }
    }

    private string Source(Random random) => $"news{random.Next(_options.Sources):D2}.example";

    private static string Paragraphs(Random random, string[] sentences)
    {
        var sb = new StringBuilder();
        var i = 0;
        while (i < sentences.Length)
        {
            var take = Math.Min(sentences.Length - i, random.Next(2, 5));
            if (sb.Length > 0)
            {
                sb.Append("\n\n");
            }

            sb.AppendJoin(' ', sentences.Skip(i).Take(take));
            i += take;
        }

        return sb.ToString();
    }

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];

    [GeneratedRegex(@"(?<=[.!?][""”]?)\s+(?=[A-Z""“])")]
    private static partial Regex SentenceEnd();

    private sealed record Article(string Id, string Title, string Date, string Source, string[] Sentences);
}
