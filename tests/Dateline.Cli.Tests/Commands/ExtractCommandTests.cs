using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Dateline.Tests;

namespace Dateline.Cli.Tests.Commands;

public sealed class ExtractCommandTests : IDisposable
{
    private static readonly string[] ContractFields =
        ["id", "source", "title", "published", "authors", "dateline", "readingTimeMinutes", "language", "text", "paragraphs", "related", "removed", "comments", "warnings"];

    private readonly string _dir = Directory.CreateTempSubdirectory("dateline-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void SamplesGiveOneArticlePerPageWithEveryContractField()
    {
        var samples = Path.Combine(SharedData.RepoRoot, "samples");
        var result = CliRunner.Run(null, "extract", samples);
        Assert.Equal(0, result.ExitCode);
        var lines = result.Lines;
        Assert.Equal(Directory.GetFiles(samples).Length, lines.Count);
        foreach (var line in lines)
        {
            foreach (var field in ContractFields)
            {
                Assert.True(line.TryGetProperty(field, out _), $"field {field} missing in {line.GetProperty("id")}");
            }

            var text = line.GetProperty("text").GetString()!;
            Assert.NotEmpty(text);
            foreach (var span in line.GetProperty("paragraphs").EnumerateArray())
            {
                var start = span.GetProperty("start").GetInt32();
                var end = span.GetProperty("end").GetInt32();
                Assert.InRange(end, start + 1, text.Length);
            }
        }

        // Directory order is stable (ordinal by relative path) and ids drop the page extensions.
        Assert.Equal(["cafe-rent-rise", "harbour-ferry-terminal", "orchard-cooperative"], lines.Select(l => l.GetProperty("id").GetString()));
    }

    [Fact]
    public void CommentsAreListedApartFromTheTextAndNoCommentsLeavesThemOut()
    {
        const string story = "<p>The council voted on Tuesday to expand the bicycle lane network, a plan that has divided residents for two years.</p>"
            + "<p>Supporters said the lanes would make streets safer, while shop owners warned that losing parking would hurt business.</p>"
            + "<p>The first new lanes are due to open in the spring, according to the transport department, which will publish a timetable.</p>";
        var page = Path.Combine(_dir, "post.html");
        File.WriteAllText(page, $"""
            <html><body><article><h1>Bike lanes</h1>{story}</article>
            <div id="comments"><ol class="comment-list"><li class="comment"><div class="comment-author"><b class="fn">Maria</b></div>
            <time datetime="2024-03-05">March 5</time><div class="comment-content"><p>Finally safe routes for the kids.</p></div></li></ol></div>
            </body></html>
            """);

        var with = CliRunner.Run(null, "extract", page).Lines.Single();
        var comment = Assert.Single(with.GetProperty("comments").EnumerateArray());
        Assert.Equal("Maria", comment.GetProperty("author").GetString());
        Assert.Equal("2024-03-05", comment.GetProperty("published").GetString());
        Assert.Equal("Finally safe routes for the kids.", comment.GetProperty("text").GetString());
        Assert.DoesNotContain("safe routes", with.GetProperty("text").GetString()!, StringComparison.Ordinal);

        var without = CliRunner.Run(null, "extract", "--no-comments", page);
        Assert.Equal(0, without.ExitCode);
        var line = without.Lines.Single();
        Assert.Equal(0, line.GetProperty("comments").GetArrayLength());
        Assert.Equal(with.GetProperty("text").GetString(), line.GetProperty("text").GetString());
    }

    [Fact]
    public void ParagraphSpansCoverTheTextJoinedByBlankLines()
    {
        var line = CliRunner.Run(null, "extract", Path.Combine(SharedData.RepoRoot, "samples", "harbour-ferry-terminal.txt")).Lines.Single();
        var text = line.GetProperty("text").GetString()!;
        var paragraphs = line.GetProperty("paragraphs").EnumerateArray().Select(s => text[s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()]).ToList();
        Assert.Equal(text, string.Join("\n\n", paragraphs));
    }

    [Fact]
    public void BadInputsGiveErrorLinesAndTheRunGoesOn()
    {
        File.WriteAllBytes(Path.Combine(_dir, "a-binary.html"), [0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0, 1, 2, 3]);
        File.WriteAllBytes(Path.Combine(_dir, "b-empty.txt"), []);
        var gz = Gzip(string.Concat(Enumerable.Range(0, 300).Select(i => $"Sentence {i} of a story that will be cut off. ")), 1);
        File.WriteAllBytes(Path.Combine(_dir, "c-truncated.txt.gz"), gz[..(gz.Length / 2)]);
        File.WriteAllText(Path.Combine(_dir, "d-good.txt"), "A short but real paragraph of an article that has enough words to count as prose for the cleaner.\n");

        // Nesting this deep takes the HTML parser minutes; extract refuses it up front, as ingest does.
        File.WriteAllText(Path.Combine(_dir, "e-deep.html"), "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 50_000)) + "text</body></html>");
        var result = CliRunner.Run(null, "extract", _dir, Path.Combine(_dir, "missing.txt"));
        Assert.Equal(1, result.ExitCode);
        var lines = result.Lines;
        Assert.Equal(6, lines.Count);
        Assert.Equal("binary", Kind(lines[0]));
        Assert.Equal("empty", Kind(lines[1]));
        Assert.False(lines[2].TryGetProperty("error", out _));
        Assert.Contains(lines[2].GetProperty("warnings").EnumerateArray(), w => w.GetString()!.Contains("truncated", StringComparison.Ordinal));
        Assert.False(lines[3].TryGetProperty("error", out _));
        Assert.Equal("malformed", Kind(lines[4]));
        Assert.Equal("not-found", Kind(lines[5]));
        Assert.Contains("2 documents extracted, 4 failed, 0 skipped", result.Stderr, StringComparison.Ordinal);
        foreach (var line in lines.Where(l => l.TryGetProperty("error", out _)))
        {
            Assert.False(string.IsNullOrEmpty(line.GetProperty("id").GetString()));
            Assert.Contains(line.GetProperty("source").GetString()!, line.GetProperty("error").GetProperty("message").GetString()!, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void StdinIsRead()
    {
        var result = CliRunner.Run(" date 2022-05-01 Title from stdin\n\nA first paragraph of the story that is long enough to be prose, with a full stop at the end.\n", "extract", "-");
        Assert.Equal(0, result.ExitCode);
        var line = result.Lines.Single();
        Assert.Equal("stdin", line.GetProperty("id").GetString());
        Assert.Equal("Title from stdin", line.GetProperty("title").GetString());
        Assert.Equal("2022-05-01", line.GetProperty("published").GetString());
    }

    [Fact]
    public void JsonFormatIsOneArrayAndHelpNamesTheExitCodes()
    {
        var result = CliRunner.Run(null, "extract", "--format", "json", Path.Combine(SharedData.RepoRoot, "samples"));
        using var doc = JsonDocument.Parse(result.Stdout);
        Assert.Equal(3, doc.RootElement.GetArrayLength());
        var help = CliRunner.Run(null, "extract", "--help");
        Assert.Contains("Exit code", help.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void JsonLinesAndWarcFilesAreReadAsIngestReadsThem()
    {
        File.WriteAllText(Path.Combine(_dir, "a.jsonl"),
            "{\"id\":\"j1\",\"title\":\"Given title\",\"date\":\"2024-05-01\",\"text\":\"A first paragraph of the story that is long enough to be prose, with a full stop at the end.\"}\n" +
            "[1]\n");
        var html = "<html><head><title>From a crawl</title></head><body><article><p>The harbour board met on Friday and agreed a plan for the new ferry terminal after a long debate.</p></article></body></html>";
        File.WriteAllText(Path.Combine(_dir, "b.warc"), $"WARC/1.0\r\nWARC-Type: resource\r\nWARC-Target-URI: https://example.org/ferry\r\nContent-Type: text/html\r\nContent-Length: {Encoding.UTF8.GetByteCount(html)}\r\n\r\n{html}\r\n\r\n");
        var result = CliRunner.Run(null, "extract", _dir);
        Assert.Equal(1, result.ExitCode);
        var lines = result.Lines;
        Assert.Equal(3, lines.Count);
        Assert.Equal("j1", lines[0].GetProperty("id").GetString());
        Assert.Equal("Given title", lines[0].GetProperty("title").GetString());
        Assert.Equal("2024-05-01", lines[0].GetProperty("published").GetString());
        Assert.EndsWith("a.jsonl:1", lines[0].GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal("malformed", Kind(lines[1]));
        Assert.EndsWith("a.jsonl:2", lines[1].GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.Equal("https://example.org/ferry", lines[2].GetProperty("url").GetString());
        Assert.Contains("harbour board met on Friday", lines[2].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnnotateJsonlKeepsTheGivenTextAndAddsEveryLanguageLayer()
    {
        var file = Path.Combine(_dir, "texts.jsonl");
        const string text = "Maria Keller said on Monday that the council would meet in Halifax.\n\nShe added: \"We will decide soon.\"";
        File.WriteAllText(file, JsonSerializer.Serialize(new { id = "t1", text, dct = "2024-03-07" }) + "\n");
        var result = CliRunner.Run(null, "annotate", "--jsonl", file);
        Assert.Equal(0, result.ExitCode);
        var line = result.Lines.Single();
        Assert.Equal(text, line.GetProperty("text").GetString());
        Assert.Equal(2, line.GetProperty("paragraphs").GetArrayLength());
        foreach (var layer in new[] { "mentions", "entities", "quotes", "times", "amounts", "relations", "related", "removed" })
        {
            Assert.Equal(JsonValueKind.Array, line.GetProperty(layer).ValueKind);
        }

        Assert.False(line.TryGetProperty("tokens", out _));
        Assert.False(line.TryGetProperty("pos", out _));
        Assert.Contains(line.GetProperty("times").EnumerateArray(), t => t.GetProperty("value").GetString() == "2024-03-04");
        Assert.Contains(line.GetProperty("entities").EnumerateArray(), e => e.GetProperty("name").GetString() == "Maria Keller");
    }

    [Fact]
    public void AnnotateWithPosTagsEveryToken()
    {
        var file = Path.Combine(_dir, "pos.jsonl");
        const string text = "The council met in Halifax on Monday.";
        File.WriteAllText(file, JsonSerializer.Serialize(new { id = "t1", text }) + "\n");
        var result = CliRunner.Run(null, "annotate", "--pos", "--jsonl", file);
        Assert.Equal(0, result.ExitCode);
        var tags = result.Lines.Single().GetProperty("pos").EnumerateArray()
            .Select(t => text[t.GetProperty("start").GetInt32()..t.GetProperty("end").GetInt32()] + "/" + t.GetProperty("tag").GetString());
        Assert.Equal(["The/DT", "council/NN", "met/VBD", "in/IN", "Halifax/NNP", "on/IN", "Monday/NNP", "./."], tags);
    }

    [Fact]
    public void AnnotateJsonlFailsBadLinesByNumberAndKeepsTheGoodOnes()
    {
        var file = Path.Combine(_dir, "mixed.jsonl");
        File.WriteAllText(file, "[1]\n\"str\"\n{\"id\":\"ok\",\"text\":\"The council met in Halifax on Monday.\"}\n{\"id\":\"n\",\"text\":12345}\n");
        var result = CliRunner.Run(null, "annotate", "--jsonl", file);
        Assert.Equal(1, result.ExitCode);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        var lines = result.Lines;
        Assert.Equal(["malformed", "malformed", null, "malformed"], lines.Select(l => l.TryGetProperty("error", out var e) ? e.GetProperty("kind").GetString() : null));
        Assert.Equal([$"{file}:1", $"{file}:2", $"{file}:3", $"{file}:4"], lines.Select(l => l.GetProperty("source").GetString()));
        Assert.Equal("The council met in Halifax on Monday.", lines[2].GetProperty("text").GetString());
    }

    [Fact]
    public void AWarcGivenToExtractGivesEveryHtmlRecord()
    {
        var warc = SharedData.Require("data", "warc", "heritrix-datagovuk-2014.warc.gz");
        var result = CliRunner.Run(null, "extract", warc);
        var sources = result.Lines.Select(l => l.GetProperty("source").GetString()!).ToList();

        // 32 HTML 200 responses, each its own article or failure, located by record number and offset.
        Assert.Equal(32, sources.Count);
        Assert.All(sources, s => Assert.Matches(@"heritrix-datagovuk-2014\.warc\.gz#\d+@\d+$", s));
        Assert.Equal(32, sources.Distinct().Count());
        Assert.True(result.Lines.Count(l => !l.TryGetProperty("error", out _)) >= 25, result.Stderr);
    }

    [Fact]
    public void AnnotateAsTextShowsTheLayers()
    {
        var result = CliRunner.Run(null, "annotate", "--format", "text", Path.Combine(SharedData.RepoRoot, "samples", "harbour-ferry-terminal.txt"));
        Assert.Equal(0, result.ExitCode);
        foreach (var layer in new[] { "entities", "times" })
        {
            Assert.Contains(layer, result.Stdout, StringComparison.OrdinalIgnoreCase);
        }

        var extracted = CliRunner.Run(null, "extract", "--format", "text", Path.Combine(SharedData.RepoRoot, "samples", "harbour-ferry-terminal.txt"));
        Assert.DoesNotContain("entities", extracted.Stdout, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void SeedMatchesTheSharedCheck()
    {
        var seed = SharedData.Require("data", "seed", "000_cde34ae5cef1e48b.txt");
        var gold = SharedData.Require("data", "seed", "seed.gold.json");
        var result = CliRunner.Run(null, "extract", seed);
        var output = Path.Combine(_dir, "seed.jsonl");
        File.WriteAllText(output, result.Stdout);
        var check = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("python3", [SharedData.Require("tools", "check_seed.py"), gold, output, "article"]) { RedirectStandardOutput = true })!;
        var report = check.StandardOutput.ReadToEnd();
        check.WaitForExit();
        Assert.True(check.ExitCode == 0, report);
    }

    private static string Kind(JsonElement line) => line.GetProperty("error").GetProperty("kind").GetString()!;

    private static byte[] Gzip(string text, int repeat)
    {
        using var ms = new MemoryStream();
        using (var gz = new GZipStream(ms, CompressionLevel.Optimal, leaveOpen: true))
        {
            gz.Write(Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(text, repeat))));
        }

        return ms.ToArray();
    }
}
