using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Dateline.Cli.Commands;
using Dateline.Store.Sqlite;
using Dateline.Tests;

namespace Dateline.Cli.Tests.Commands;

/// <summary>
/// The hostile suite: every kind of bad input in <see cref="HostileFiles"/> (the large set included), placed beside two
/// valid pages, run through `extract`, `annotate` and `ingest` as a user would. Each run must end (a hang is killed and
/// fails), exit 0 or 1, print no stack trace, keep the valid pages, and account for every input it holds as an article
/// with text, a failure of the expected kind, or a skip with its reason, in reading order.
/// </summary>
public sealed class HostileSuiteTests(HostileSuiteTests.Folder folder) : IClassFixture<HostileSuiteTests.Folder>
{
    /// <summary>A run of one command over the whole folder is a hang past this (the three together take about two minutes here).</summary>
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(10); // a hang guard, not a speed test

    // Outcomes here must not depend on the machine's speed (tests never assert on time): a document's time limit is
    // far above what any input takes alone, so a busy CI machine running other test assemblies beside the suite cannot
    // turn the 100k-sibling page into a timeout. Linear time is measured in the per-kind table and bench/, not here.
    private const string SuiteTimeout = "600";

    [Fact]
    public void TheSuiteHoldsAtLeastSixtyKinds()
    {
        Assert.True(folder.Files.Count >= 60, $"only {folder.Files.Count} kinds of hostile input");
        Assert.Equal(folder.Files.Count, folder.Files.Select(f => f.Name).Distinct().Count());
    }

    [Theory]
    [InlineData("extract")]
    [InlineData("annotate")]
    public void EveryHostileInputIsAccountedForInOrder(string command)
    {
        var result = CliRunner.Run(null, RunLimit, command, "--max-size", "12", "--jobs", "2", "--timeout", SuiteTimeout, folder.Path);
        AssertCleanExit(result);
        var outputs = result.Lines.Select(l => Outcome.FromJson(l)).ToList();
        var skips = SkipLines(result.Stderr, "dateline: ");
        AssertGoodPagesKept(outputs);
        foreach (var file in folder.Files)
        {
            var mine = outputs.Where(o => file.Owns(o.Source, folder.Path)).ToList();
            var expected = file.Expected.Where(e => e.Kind != HostileOutcomeKind.Skipped).ToList();
            if (file.Name == "tiny")
            {
                Assert.Equal(HostileFiles.TinyFiles, mine.Count);
                Assert.All(mine, o => Assert.True(o.Article || o.FailureKind is not null));
            }
            else
            {
                Assert.True(expected.Count == mine.Count, $"{file.Name} ({file.What}): expected {Describe(expected)}, got {Describe(mine)}");
                for (var i = 0; i < expected.Count; i++)
                {
                    AssertMatches(file, expected[i], mine[i]);
                }
            }

            AssertSkips(file, skips);
        }

        AssertNothingUnaccounted(outputs.Select(o => o.Source).Concat(skips.Select(s => s.Source)));
        var failed = outputs.Count(o => o.FailureKind is not null);
        Assert.Contains($"dateline: {outputs.Count - failed} documents {(command == "extract" ? "extracted" : "annotated")}, {failed} failed, {skips.Count} skipped", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void IngestStoresOrRecordsEveryHostileInputAndASecondRunStoresNothingTwice()
    {
        var db = System.IO.Path.Combine(folder.Scratch, "hostile.db");
        var result = CliRunner.Run(null, RunLimit, "ingest", folder.Path, "--db", db, "--max-size", "12", "--jobs", "2", "--timeout", SuiteTimeout);
        AssertCleanExit(result);
        var skips = SkipLines(result.Stderr, "dateline ingest: ");
        var outcomes = new List<Outcome>();
        using (var store = SqliteArticleStore.Open(db, Compose.StoreLayers))
        {
            var tables = store.ExportTables().ToDictionary(t => t.Name);
            foreach (var row in tables["articles"].ReadRows())
            {
                var document = store.Find((string)row[0]!)!.Document;
                Assert.False(string.IsNullOrWhiteSpace(document.Text), $"{document.Source}: stored with no text");
                outcomes.Add(new Outcome(document.Source, true, null, document.Warnings));
            }

            foreach (var row in tables["failures"].ReadRows())
            {
                Assert.False(string.IsNullOrWhiteSpace((string?)row[3]), $"{row[1]}: a failure without a message");
                outcomes.Add(new Outcome((string)row[1]!, false, (string)row[2]!, []));
            }
        }

        AssertGoodPagesKept(outcomes);
        foreach (var file in folder.Files)
        {
            var mine = outcomes.Where(o => file.Owns(o.Source, folder.Path)).ToList();
            var expected = file.Expected.Where(e => e.Kind != HostileOutcomeKind.Skipped).ToList();
            if (file.Name == "tiny")
            {
                // Tiny pages share text with each other only by number; none is lost.
                Assert.Equal(HostileFiles.TinyFiles, mine.Count);
            }
            else
            {
                // The store keeps articles and failures apart, so match as a multiset; an Either may also be a twin
                // of something stored (skipped as already stored, so absent here).
                var left = mine.ToList();
                foreach (var e in expected.OrderBy(e => e.Kind == HostileOutcomeKind.Either))
                {
                    var match = left.FirstOrDefault(o => Matches(e, o));
                    Assert.True(match is not null || e.Kind == HostileOutcomeKind.Either, $"{file.Name} ({file.What}): no stored outcome matches {e}; got {Describe(mine)}");
                    if (match is not null)
                    {
                        left.Remove(match);
                    }
                }

                Assert.True(left.Count == 0, $"{file.Name} ({file.What}): unexpected {Describe(left)}");
            }

            AssertSkips(file, skips);
        }

        AssertNothingUnaccounted(outcomes.Select(o => o.Source).Concat(skips.Select(s => s.Source)));
        Assert.Contains($"{skips.Count} passed over", result.Stderr, StringComparison.Ordinal);

        // Three identical empty files: three failures, none "already stored".
        Assert.Equal(3, outcomes.Count(o => o.FailureKind == "empty" && System.IO.Path.GetFileName(o.Source).StartsWith("empty", StringComparison.Ordinal) && o.Source.EndsWith(".txt", StringComparison.Ordinal)));

        var again = CliRunner.Run(null, RunLimit, "ingest", folder.Path, "--db", db, "--max-size", "12", "--jobs", "2", "--timeout", SuiteTimeout);
        AssertCleanExit(again);
        Assert.Contains(" 0 stored, 0 failed, ", again.Stderr, StringComparison.Ordinal);
    }

    /// <summary>
    /// Opt-in (DATELINE_HOSTILE_TABLE=file.md): runs `annotate` on each hostile input alone and writes the closing
    /// note's table: kind, outcome, wall time and the process's peak resident memory.
    /// </summary>
    [Fact]
    public void PerKindTable()
    {
        var target = Environment.GetEnvironmentVariable("DATELINE_HOSTILE_TABLE");
        if (string.IsNullOrEmpty(target))
        {
            return;
        }

        var table = new StringBuilder("| input | what | outcome | seconds | peak MB |\n|---|---|---|---:|---:|\n");
        foreach (var file in folder.Files)
        {
            var path = System.IO.Path.Combine(folder.Path, file.Name);
            var (result, seconds, peak) = Measure("annotate", "--max-size", "12", path);
            var lines = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => Outcome.FromJson(JsonDocument.Parse(l).RootElement)).ToList();
            var skipped = SkipLines(result.Stderr, "dateline: ");
            var outcome = string.Join("; ", lines.GroupBy(o => o.FailureKind is { } k ? k : o.Warnings.Count > 0 ? "article (warned)" : "article").Select(g => g.Count() > 1 ? $"{g.Key} ×{g.Count()}" : g.Key)
                .Concat(skipped.GroupBy(s => "skipped: " + s.Reason).Select(g => g.Key)));
            table.Append(CultureInfo.InvariantCulture, $"| `{file.Name.Replace("|", "\\|", StringComparison.Ordinal)}` | {file.What} | {(outcome.Length == 0 ? "nothing" : outcome)} (exit {result.ExitCode}) | {seconds:0.00} | {peak / 1048576.0:0} |\n");
        }

        File.WriteAllText(target, table.ToString());
    }

    private static (CliResult Result, double Seconds, long PeakBytes) Measure(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(System.IO.Path.Combine(AppContext.BaseDirectory, "dateline.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long peak = 0;
        while (!process.WaitForExit(20))
        {
            try
            {
                // VmHWM on Linux: the high-water mark, so the last reading before exit is the run's peak.
                process.Refresh();
                peak = Math.Max(peak, process.PeakWorkingSet64);
            }
            catch (InvalidOperationException)
            {
                break;
            }
        }

        process.WaitForExit();
        return (new CliResult(process.ExitCode, stdout.Result, stderr.Result), clock.Elapsed.TotalSeconds, peak);
    }

    private static void AssertCleanExit(CliResult result)
    {
        Assert.True(result.ExitCode is 0 or 1, $"exit {result.ExitCode}: {Tail(result.Stderr)}");
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stdout, StringComparison.Ordinal);
    }

    private void AssertGoodPagesKept(IReadOnlyList<Outcome> outcomes)
    {
        foreach (var good in new[] { HostileFiles.GoodHtml, HostileFiles.GoodText })
        {
            var source = System.IO.Path.Combine(folder.Path, good);
            Assert.True(outcomes.Any(o => o.Source == source && o.Article), $"the valid page {good} beside the hostile ones was not kept");
        }
    }

    private void AssertSkips(HostileFile file, IReadOnlyList<SkipLine> skips)
    {
        var expected = file.Expected.Where(e => e.Kind == HostileOutcomeKind.Skipped).ToList();
        var mine = skips.Where(s => file.Owns(s.Source, folder.Path)).ToList();
        Assert.True(expected.Count == mine.Count, $"{file.Name} ({file.What}): expected {expected.Count} skip(s), got {string.Join("; ", mine.Select(s => s.Reason))}");
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Contains(expected[i].Detail!, mine[i].Reason, StringComparison.Ordinal);
        }
    }

    private void AssertNothingUnaccounted(IEnumerable<string> sources)
    {
        var known = folder.Files.Select(f => f.Name).Append(HostileFiles.GoodHtml).Append(HostileFiles.GoodText).Select(n => new HostileFile(n, "", [])).ToList();
        foreach (var source in sources)
        {
            Assert.True(known.Any(k => k.Owns(source, folder.Path)), $"{source}: an outcome for an input the suite did not make");
        }
    }

    private static void AssertMatches(HostileFile file, HostileOutcome expected, Outcome actual)
        => Assert.True(Matches(expected, actual), $"{file.Name} ({file.What}): expected {expected}, got {actual}");

    private static bool Matches(HostileOutcome expected, Outcome actual) => expected.Kind switch
    {
        HostileOutcomeKind.Article => actual.Article && (expected.Detail is null || actual.Warnings.Any(w => w.Contains(expected.Detail, StringComparison.Ordinal))),
        HostileOutcomeKind.Failure => actual.FailureKind == expected.Detail,
        HostileOutcomeKind.Either => actual.Article || actual.FailureKind is not null,
        _ => false,
    };

    private static string Describe(IEnumerable<object> items) => "[" + string.Join(", ", items) + "]";

    private static string Tail(string text) => text.Length > 2000 ? text[^2000..] : text;

    /// <summary>"PREFIX SOURCE: skipped: REASON" lines on stderr. Sources may hold ": ", so the last "skipped" marker splits.</summary>
    private static List<SkipLine> SkipLines(string stderr, string prefix)
    {
        const string marker = ": skipped: ";
        return stderr.Split('\n')
            .Where(l => l.StartsWith(prefix, StringComparison.Ordinal) && l.Contains(marker, StringComparison.Ordinal))
            .Select(l =>
            {
                var at = l.LastIndexOf(marker, StringComparison.Ordinal);
                return new SkipLine(l[prefix.Length..at], l[(at + marker.Length)..]);
            })
            .ToList();
    }

    private sealed record SkipLine(string Source, string Reason);

    /// <summary>One input's end as printed or stored: an article (with its warnings) or a failure of a kind.</summary>
    private sealed record Outcome(string Source, bool Article, string? FailureKind, IReadOnlyList<string> Warnings)
    {
        public static Outcome FromJson(JsonElement line)
        {
            var source = line.GetProperty("source").GetString()!;
            if (line.TryGetProperty("error", out var error))
            {
                return new Outcome(source, false, error.GetProperty("kind").GetString(), []);
            }

            var text = line.GetProperty("text").GetString();
            Assert.False(string.IsNullOrWhiteSpace(text), $"{source}: an article with no text");
            return new Outcome(source, true, null, [.. line.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!)]);
        }

        public override string ToString() => FailureKind ?? (Warnings.Count > 0 ? $"article (warned: {string.Join(" | ", Warnings)})" : "article");
    }

    /// <summary>The generated folder (large set), made once for the class and removed after.</summary>
    public sealed class Folder : IDisposable
    {
        /// <summary>DATELINE_HOSTILE_DIR=dir keeps the generated folder there for a look by hand (it must not exist yet).</summary>
        public Folder()
        {
            _keep = Environment.GetEnvironmentVariable("DATELINE_HOSTILE_DIR") is { Length: > 0 } keep ? System.IO.Path.GetFullPath(keep) : null;
            Scratch = _keep ?? Directory.CreateTempSubdirectory("dateline-hostile-").FullName;
            Path = System.IO.Path.Combine(Scratch, "inputs");
            Files = HostileFiles.Generate(Path, large: true);
        }

        private readonly string? _keep;

        public string Scratch { get; }

        public string Path { get; }

        public IReadOnlyList<HostileFile> Files { get; }

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (_keep is null)
            {
                HostileFiles.Delete(Scratch);
            }
        }
    }
}
