using System.Diagnostics;
using Dateline.Cli.Commands;
using Dateline.Store.Sqlite;
using Dateline.StoreBench;
using Dateline.Tests;

namespace Dateline.Cli.Tests.Commands;

/// <summary>
/// Crash safety: an ingest killed with SIGKILL at a random moment, then run again, must leave exactly what one
/// uninterrupted run leaves. Runs the real CLI as a child process. DATELINE_KILL_RUNS sets the repetitions (2 by default, as
/// on CI; the fault-run figures in the report used 20).
/// </summary>
public class IngestKillTests
{
    [Fact]
    public void KilledIngestResumesToTheSameStoreAsAnUninterruptedRun()
    {
        var runs = int.TryParse(Environment.GetEnvironmentVariable("DATELINE_KILL_RUNS"), out var r) ? r : 2;
        var work = Directory.CreateTempSubdirectory("dateline-kill-").FullName;
        try
        {
            var input = Path.Combine(work, "input");
            Directory.CreateDirectory(input);
            using (var output = File.Create(Path.Combine(input, "generated.jsonl")))
            {
                new LoadGenerator(SharedData.Require("data", "corpus")).Write(output, 600);
            }

            HostileFiles.Generate(Path.Combine(input, "hostile"));

            var reference = Path.Combine(work, "reference.db");
            var clock = Stopwatch.StartNew();
            Assert.Equal(1, RunCli(input, reference, killAfter: null));
            var full = clock.Elapsed;
            var expected = Snapshot(reference);
            Assert.True(expected.Articles.Count > 550, $"only {expected.Articles.Count} articles in the reference run");

            var random = new Random(1234);
            for (var run = 0; run < runs; run++)
            {
                var db = Path.Combine(work, $"killed-{run}.db");
                var killAfter = TimeSpan.FromSeconds(full.TotalSeconds * (0.1 + (0.8 * random.NextDouble())));
                RunCli(input, db, killAfter);
                var rc = RunCli(input, db, killAfter: null);
                Assert.True(rc is 0 or 1, $"resumed run exited with {rc}");
                var actual = Snapshot(db);
                Assert.Equal(expected.Articles, actual.Articles);
                Assert.Equal(expected.Failures, actual.Failures);
                Assert.Equal(expected.Counts, actual.Counts);
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            HostileFiles.Delete(work);
        }
    }

    /// <summary>Runs `dateline ingest`; with <paramref name="killAfter"/>, sends SIGKILL after that long (returns -1 if it was killed).</summary>
    private static int RunCli(string input, string db, TimeSpan? killAfter)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "dateline.dll");
        Assert.True(File.Exists(dll), $"the CLI is not built beside the tests: {dll}");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "ingest", input, "--db", db, "--max-size", "1", "--batch", "32", "--timeout", "20" })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        if (killAfter is { } after && !process.WaitForExit(after))
        {
            // Process.Kill sends SIGKILL on Unix: no cleanup, no flush, exactly a crash.
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return -1;
        }

        process.WaitForExit();
        return process.ExitCode;
    }

    private static StoreSnapshot Snapshot(string db)
    {
        using var store = SqliteArticleStore.Open(db, Compose.StoreLayers);
        var tables = store.ExportTables().ToDictionary(t => t.Name);

        // Everything but ingest times: id, hash, input, title, date, text and duplicate group of each article.
        var articles = tables["articles"].ReadRows().Select(r => string.Join('|', r[0], r[1], r[2], r[4], r[5], r[14], r[15])).Order(StringComparer.Ordinal).ToList();
        var failures = tables["failures"].ReadRows().Select(r => string.Join('|', r[0], r[1], r[2], r[5])).Order(StringComparer.Ordinal).ToList();
        var counts = string.Join(',', tables.Values.Select(t => $"{t.Name}={t.ReadRows().Count()}"));
        return new StoreSnapshot(articles, failures, counts);
    }

    private sealed record StoreSnapshot(List<string> Articles, List<string> Failures, string Counts);
}
