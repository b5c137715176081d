using System.Text.Json;
using Dateline.Tests;

namespace Dateline.Cli.Tests.Commands;

/// <summary>
/// The command-line contract: usage errors exit 2 with a plain message (no .NET type names, no stack trace) and, for
/// a misspelt option, a suggestion; ranges and dates are checked before any work; search answers 0/1/2/3.
/// </summary>
public sealed class UsageTests : IClassFixture<UsageTests.SampleStore>
{
    private readonly SampleStore _store;

    public UsageTests(SampleStore store) => _store = store;

    public static TheoryData<string[], string> UsageErrors => new()
    {
        { ["extract", "--jobs", "100000", "x.html"], "--jobs must be from 1 to 64 (got 100000)" },
        { ["extract", "--jobs", "0", "x.html"], "--jobs must be from 1 to 64 (got 0)" },
        { ["annotate", "--timeout", "-1", "x.html"], "--timeout must be from 1 to 86400 (got -1)" },
        { ["extract", "--max-size", "0", "x.html"], "--max-size must be from 1 to 4096 (got 0)" },
        { ["extract", "--jobs", "lots", "x.html"], "--jobs" },
        { ["search", "council", "--limit", "0"], "--limit must be from 1 to 1000 (got 0)" },
        { ["search", "council", "--from", "notadate"], "--from must be a date written yyyy, yyyy-MM or yyyy-MM-dd (got 'notadate')" },
        { ["search", "council", "--to", "2024-02-30"], "--to must be a date written yyyy, yyyy-MM or yyyy-MM-dd (got '2024-02-30')" },
        { ["serve", "--port", "70000"], "--port must be from 1 to 65535 (got 70000)" },
        { ["extract", "--fromat", "text", "x.html"], "unknown option '--fromat' (did you mean --format?)" },
        { ["worker", "--ack-wait", "1"], "--ack-wait must be from 3 to 86400 (got 1)" },
        { ["worker", "--idle-exit", "-5"], "--idle-exit must be from 0 to 86400 (got -5)" },
        { ["enqueue", "x", "--warc-records", "0"], "--warc-records must be from 1 to 1000000 (got 0)" },
        { ["queue", "status", "--format", "yaml"], "yaml" },
        { ["nonsense"], "nonsense" },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public void BadArgumentsAreUsageErrorsWithAPlainMessage(string[] args, string message)
    {
        var result = CliRunner.Run(null, args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Stderr, StringComparison.Ordinal);
        Assert.Contains("--help", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Int32", result.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Stderr, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Stdout);
    }

    [Fact]
    public void AMisspeltOptionIsNotAnInputPathAndNothingIsWritten()
    {
        var work = Directory.CreateTempSubdirectory("dateline-usage-").FullName;
        try
        {
            var result = CliRunner.RunIn(work, TimeSpan.FromMinutes(2), "ingest", Path.Combine(SharedData.RepoRoot, "samples"), "--bd", Path.Combine(work, "x.db"));
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("unknown option '--bd' (did you mean --db?)", result.Stderr, StringComparison.Ordinal);
            Assert.Empty(Directory.GetFileSystemEntries(work));
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public void SearchExitsZeroWithHitsOneWithoutTwoOnABadQueryThreeWithoutAStore()
    {
        Assert.Equal(0, CliRunner.Run(null, "search", "ferry", "--db", _store.Path).ExitCode);
        Assert.Equal(1, CliRunner.Run(null, "search", "zzzqqqxxv", "--db", _store.Path).ExitCode);

        foreach (var query in new[] { "\"", "*", "\" * \"", "AND OR NOT" })
        {
            var bad = CliRunner.Run(null, "search", query, "--db", _store.Path);
            Assert.True(bad.ExitCode == 2, $"query {query}: exit {bad.ExitCode}, {bad.Stderr}");
            Assert.Contains("no word to search for", bad.Stderr, StringComparison.Ordinal);
            Assert.Equal(string.Empty, bad.Stdout);
        }

        var missing = CliRunner.Run(null, "search", "ferry", "--db", Path.Combine(_store.Directory, "missing.db"));
        Assert.Equal(3, missing.ExitCode);
        Assert.Contains("no such store", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void OptimizeKeepsWhatSearchFinds()
    {
        var copy = Path.Combine(_store.Directory, "optimized.db");
        File.Copy(_store.Path, copy, overwrite: true);
        var before = CliRunner.Run(null, "search", "said", "--db", copy, "--limit", "50");
        Assert.Equal(0, before.ExitCode);

        var optimize = CliRunner.Run(null, "optimize", "--db", copy);
        Assert.True(optimize.ExitCode == 0, optimize.Stderr);
        Assert.Contains("done in", optimize.Stderr, StringComparison.Ordinal);

        var after = CliRunner.Run(null, "search", "said", "--db", copy, "--limit", "50");
        Assert.Equal(Ids(before), Ids(after));
        Assert.Equal(0, CliRunner.Run(null, "optimize", "--db", copy).ExitCode);

        static string[] Ids(CliResult r) => [.. r.Lines.Select(h => h.GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];
    }

    [Fact]
    public void SearchDatesFilterAsTheApiDoes()
    {
        var hits = CliRunner.Run(null, "search", "ferry", "--db", _store.Path, "--from", "1990", "--to", "2100-12");
        Assert.Equal(0, hits.ExitCode);
        Assert.All(hits.Lines, h => Assert.True(h.TryGetProperty("id", out _)));
        Assert.Equal(1, CliRunner.Run(null, "search", "ferry", "--db", _store.Path, "--from", "2999").ExitCode);
    }

    [Fact]
    public void StoreCommandsWithoutAStoreExitThree()
    {
        var missing = Path.Combine(_store.Directory, "absent.db");
        foreach (var args in new[] { new[] { "show", "1", "--db", missing }, ["stats", "--db", missing], ["optimize", "--db", missing], ["export", "--db", missing, "--out", Path.Combine(_store.Directory, "out")], ["serve", "--db", missing] })
        {
            var result = CliRunner.Run(null, args);
            Assert.True(result.ExitCode == 3, $"{string.Join(' ', args)}: exit {result.ExitCode}");
            Assert.Contains("no such store", result.Stderr, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void ExtractTakesMaxSizeAsIngestDoes()
    {
        var big = Path.Combine(_store.Directory, "big.txt");
        File.WriteAllText(big, string.Concat(Enumerable.Range(0, 30_000).Select(i => $"Line {i} of a long story that goes on. ")));
        var result = CliRunner.Run(null, "extract", "--max-size", "1", big);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal("oversize", result.Lines.Single().GetProperty("error").GetProperty("kind").GetString());
        Assert.Equal(0, CliRunner.Run(null, "extract", "--max-size", "2", big).ExitCode);
    }

    [Fact]
    public void HelpNamesEveryCommandsExitCodes()
    {
        foreach (var command in new[] { "extract", "annotate", "ingest", "search", "show", "stats", "optimize", "export", "serve", "enqueue", "worker", "queue status" })
        {
            var help = CliRunner.Run(null, [.. command.Split(' '), "--help"]);
            Assert.Equal(0, help.ExitCode);
            Assert.Contains("Exit code", help.Stdout, StringComparison.Ordinal);
            Assert.Contains("2 on a usage error", help.Stdout.Replace("2 on a bad query or usage", "2 on a usage error", StringComparison.Ordinal), StringComparison.Ordinal);
        }
    }

    /// <summary>The bundled samples ingested once into a temporary store.</summary>
    public sealed class SampleStore : IDisposable
    {
        public SampleStore()
        {
            Directory = System.IO.Directory.CreateTempSubdirectory("dateline-usage-store-").FullName;
            Path = System.IO.Path.Combine(Directory, "samples.db");
            var result = CliRunner.Run(null, "ingest", System.IO.Path.Combine(SharedData.RepoRoot, "samples"), "--db", Path);
            Assert.True(result.ExitCode == 0, result.Stderr);
        }

        public string Directory { get; }

        public string Path { get; }

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }
}
