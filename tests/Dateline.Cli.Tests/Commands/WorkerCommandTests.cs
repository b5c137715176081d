using System.Diagnostics;
using System.Text.Json;
using Dateline.Cli.Commands;
using Dateline.StoreBench;
using Dateline.Tests;

namespace Dateline.Cli.Tests.Commands;

/// <summary>
/// `dateline worker` as a user runs it: a child process pulling from a nats-server of the test's own. What workers
/// store must be what one `dateline ingest` of the same input stores, even when a worker is killed mid-unit.
/// </summary>
public sealed class WorkerCommandTests : IDisposable
{
    private readonly NatsServer _nats = NatsServer.Start();
    private readonly string _dir = Directory.CreateTempSubdirectory("dateline-worker-").FullName;

    public void Dispose()
    {
        _nats.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        HostileFiles.Delete(_dir);
    }

    [Fact]
    public void WorkersOnTheRangesOfARealWarcStoreWhatIngestStores()
    {
        var warc = SharedData.Require("data", "warc", "heritrix-datagovuk-2014.warc.gz");
        var enqueue = CliRunner.Run(null, "enqueue", warc, "--queue", _nats.Url, "--warc-records", "10");
        Assert.StartsWith("4 units: 4 added", enqueue.Stdout, StringComparison.Ordinal);

        var db = Path.Combine(_dir, "worker.db");
        var worker = CliRunner.Run(null, TimeSpan.FromMinutes(5), "worker", "--queue", _nats.Url, "--db", db, "--idle-exit", "2", "--timeout", "600");
        Assert.True(worker.ExitCode == 0, worker.Stderr);
        Assert.Equal(4, worker.Stderr.Split('\n').Count(l => l.StartsWith("dateline worker: done ", StringComparison.Ordinal)));
        Assert.Equal((0, 0, 4, 0), Status());

        var reference = Path.Combine(_dir, "ingest.db");
        Assert.Equal(1, CliRunner.Run(null, "ingest", warc, "--db", reference, "--timeout", "600").ExitCode);
        var expected = FleetProcesses.Snapshot(reference);
        Assert.Equal(expected, FleetProcesses.Snapshot(db));
        Assert.True(expected.Articles.Count >= 20, $"only {expected.Articles.Count} articles");
        Assert.Contains($"{expected.Articles.Count} articles stored, {expected.Failures.Count} failures", worker.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void AWorkerKilledMidUnitLeavesItToAnotherWhichDuplicatesNothing()
    {
        var input = Path.Combine(_dir, "input");
        Directory.CreateDirectory(input);
        using (var output = File.Create(Path.Combine(input, "generated.jsonl")))
        {
            new LoadGenerator(SharedData.Require("data", "corpus")).Write(output, 160);
        }

        Assert.StartsWith("4 units: 4 added", CliRunner.Run(null, "enqueue", input, "--queue", _nats.Url, "--jsonl-lines", "40").Stdout, StringComparison.Ordinal);
        var db = Path.Combine(_dir, "worker.db");
        // A generous time limit: a page that times out on a loaded machine would fail in one store and not the other.
        string[] args = ["worker", "--queue", _nats.Url, "--db", db, "--ack-wait", "3", "--jobs", "2", "--timeout", "600"];

        // The first worker is killed (SIGKILL: no cleanup) half a second after its first unit, inside its second.
        var killed = FleetProcesses.Start(args);
        using var firstDone = new ManualResetEventSlim();
        killed.ErrorDataReceived += (_, e) =>
        {
            if (e.Data?.StartsWith("dateline worker: done ", StringComparison.Ordinal) == true)
            {
                firstDone.Set();
            }
        };
        killed.BeginErrorReadLine();
        Assert.True(firstDone.Wait(TimeSpan.FromMinutes(3)), "the first worker finished no unit");
        Thread.Sleep(500);
        killed.Kill(entireProcessTree: true);
        killed.WaitForExit();

        // The second takes the rest, and the killed unit once the ack wait has passed.
        var second = CliRunner.Run(null, TimeSpan.FromMinutes(5), [.. args, "--idle-exit", "2"]);
        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Contains("delivery 2)", second.Stderr, StringComparison.Ordinal);
        Assert.Equal((0, 0, 4, 0), Status());

        var reference = Path.Combine(_dir, "ingest.db");
        CliRunner.Run(null, "ingest", input, "--db", reference, "--timeout", "600");
        var expected = FleetProcesses.Snapshot(reference);
        Assert.Equal(160, expected.Articles.Count + expected.Failures.Count);
        Assert.Equal(expected, FleetProcesses.Snapshot(db));
    }

    [Fact]
    public void SigtermStopsAWorkerCleanlyWithNothingLeftInFlight()
    {
        var input = Path.Combine(_dir, "input");
        Directory.CreateDirectory(input);
        using (var output = File.Create(Path.Combine(input, "generated.jsonl")))
        {
            new LoadGenerator(SharedData.Require("data", "corpus")).Write(output, 120);
        }

        CliRunner.Run(null, "enqueue", input, "--queue", _nats.Url, "--jsonl-lines", "30");
        var worker = FleetProcesses.Start(["worker", "--queue", _nats.Url, "--db", Path.Combine(_dir, "worker.db"), "--jobs", "2"]);
        using var firstDone = new ManualResetEventSlim();
        var stderr = new List<string>();
        worker.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
            {
                stderr.Add(e.Data ?? string.Empty);
            }

            if (e.Data?.StartsWith("dateline worker: done ", StringComparison.Ordinal) == true)
            {
                firstDone.Set();
            }
        };
        worker.BeginErrorReadLine();
        Assert.True(firstDone.Wait(TimeSpan.FromMinutes(3)), "the worker finished no unit");
        Process.Start("kill", ["-TERM", worker.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])!.WaitForExit();
        Assert.True(worker.WaitForExit(TimeSpan.FromMinutes(1)), "the worker did not stop on SIGTERM");
        worker.WaitForExit();

        Assert.Equal(0, worker.ExitCode);
        bool handedBack;
        lock (stderr)
        {
            Assert.Contains(stderr, l => l.StartsWith("dateline worker: stopping", StringComparison.Ordinal));
            Assert.Contains(stderr, l => l.Contains("units done:", StringComparison.Ordinal));
            handedBack = stderr.Any(l => l.StartsWith("dateline worker: handed back", StringComparison.Ordinal));
        }

        // The current unit finished and was acknowledged, or (past the grace period) was handed back: it then counts as
        // in flight until a worker pulls it again. Nothing is lost either way.
        var (pending, inFlight, done, dead) = Status();
        Assert.Equal((4, 0), (pending + inFlight + done, dead));
        Assert.Equal(handedBack ? 1 : 0, inFlight);
    }

    private (int Pending, int InFlight, int Done, int Dead) Status()
    {
        var json = JsonDocument.Parse(CliRunner.Run(null, "queue", "status", "--queue", _nats.Url, "--format", "json").Stdout).RootElement;
        return (json.GetProperty("pending").GetInt32(), json.GetProperty("inFlight").GetInt32(), json.GetProperty("done").GetInt32(), json.GetProperty("dead").GetInt32());
    }
}
