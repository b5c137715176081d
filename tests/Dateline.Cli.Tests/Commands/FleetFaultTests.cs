using System.Diagnostics;
using System.Text.Json;
using Dateline.StoreBench;
using Dateline.Tests;

namespace Dateline.Cli.Tests.Commands;

/// <summary>
/// A fleet as users run one: two `dateline worker` processes pulling units from NATS JetStream and writing into
/// PostgreSQL, while the queue server or the database restarts under them. Each run must end as an uninterrupted
/// `dateline ingest` of the same input ends: the same articles (ids, hashes, titles, dates, texts), failures and rows
/// of every layer — nothing lost, nothing twice. Both servers are the test's own, so restarting them disturbs no
/// other test.
/// </summary>
public sealed class FleetFaultTests : IDisposable
{
    private const int Articles = 160;
    private const int UnitLines = 20;

    private readonly NatsServer _nats = NatsServer.Start();
    private readonly PrivatePostgres _postgres = new();
    private readonly string _dir = Directory.CreateTempSubdirectory("dateline-fleet-").FullName;

    public void Dispose()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        _nats.Dispose();
        _postgres.Dispose();
        HostileFiles.Delete(_dir);
    }

    [Fact]
    public void ARestartOfNatsServerMidRunLosesNothingAndDuplicatesNothing()
        => RunWithFault(_ => _nats.Restart(TimeSpan.FromSeconds(2)));

    [Fact]
    public void ARestartOfPostgresMidRunLosesNothingAndDuplicatesNothing()
        => RunWithFault(_ => _postgres.Restart(TimeSpan.FromSeconds(2)));

    [Fact]
    public void AWorkerKilledMidUnitLosesNothingAndDuplicatesNothing()
        => RunWithFault(workers => workers[0].Kill(entireProcessTree: true), killed: 0);

    /// <summary>Runs two workers, applies <paramref name="fault"/> after the first unit is done, and compares the store with an uninterrupted ingest; worker <paramref name="killed"/> (if any) is not expected to exit cleanly.</summary>
    private void RunWithFault(Action<Process[]> fault, int? killed = null)
    {
        var input = Path.Combine(_dir, "input");
        Directory.CreateDirectory(input);
        using (var output = File.Create(Path.Combine(input, "generated.jsonl")))
        {
            new LoadGenerator(SharedData.Require("data", "corpus")).Write(output, Articles);
        }

        var units = Articles / UnitLines;
        var enqueue = CliRunner.Run(null, "enqueue", input, "--queue", _nats.Url, "--jsonl-lines", UnitLines.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.StartsWith($"{units} units: {units} added", enqueue.Stdout, StringComparison.Ordinal);

        var fleet = _postgres.Address("fleet");
        string[] args = ["worker", "--queue", _nats.Url, "--store", fleet, "--ack-wait", "5", "--retry-delay", "1", "--jobs", "1", "--timeout", "600", "--idle-exit", "8"];
        var workers = new[] { FleetProcesses.Start(args), FleetProcesses.Start(args) };
        var logs = workers.Select(_ => new List<string>()).ToArray();
        using var firstDone = new ManualResetEventSlim();
        for (var w = 0; w < workers.Length; w++)
        {
            var log = logs[w];
            workers[w].ErrorDataReceived += (_, e) =>
            {
                lock (log)
                {
                    log.Add(e.Data ?? string.Empty);
                }

                if (e.Data?.StartsWith("dateline worker: done ", StringComparison.Ordinal) == true)
                {
                    firstDone.Set();
                }
            };
            workers[w].BeginErrorReadLine();
        }

        try
        {
            Assert.True(firstDone.Wait(TimeSpan.FromMinutes(3)), "no worker finished a unit");
            fault(workers);
            var doneBeforeFault = logs.Sum(l => { lock (l) { return l.Count(line => line.StartsWith("dateline worker: done ", StringComparison.Ordinal)); } });
            Assert.True(doneBeforeFault < units, $"the fault came after all {units} units were done: it tested nothing");
            foreach (var worker in workers)
            {
                Assert.True(worker.WaitForExit(TimeSpan.FromMinutes(8)), "a worker did not finish");
                worker.WaitForExit();
            }
        }
        finally
        {
            foreach (var worker in workers.Where(w => !w.HasExited))
            {
                worker.Kill(entireProcessTree: true);
            }
        }

        var stderr = string.Join('\n', logs.SelectMany(l => l));
        Assert.True(workers.Where((_, i) => i != killed).All(w => w.ExitCode == 0), stderr);
        Assert.Equal((0, 0, units, 0), Status());

        var reference = _postgres.Address("reference");
        CliRunner.Run(null, "ingest", input, "--store", reference, "--timeout", "600");
        var expected = FleetProcesses.Snapshot(reference, arrivalOrderFree: true);
        Assert.Equal(Articles, expected.Articles.Count + expected.Failures.Count);
        Assert.Equal(expected, FleetProcesses.Snapshot(fleet, arrivalOrderFree: true));
    }

    private (int Pending, int InFlight, int Done, int Dead) Status()
    {
        var json = JsonDocument.Parse(CliRunner.Run(null, "queue", "status", "--queue", _nats.Url, "--format", "json").Stdout).RootElement;
        return (json.GetProperty("pending").GetInt32(), json.GetProperty("inFlight").GetInt32(), json.GetProperty("done").GetInt32(), json.GetProperty("dead").GetInt32());
    }
}
