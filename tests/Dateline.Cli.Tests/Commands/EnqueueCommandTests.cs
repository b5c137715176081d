using System.Text.Json;
using Dateline.Tests;

namespace Dateline.Cli.Tests.Commands;

/// <summary>`dateline enqueue` and `dateline queue status` against a nats-server of the test's own.</summary>
public sealed class EnqueueCommandTests : IDisposable
{
    private readonly NatsServer _nats = NatsServer.Start();
    private readonly string _dir = Directory.CreateTempSubdirectory("dateline-enqueue-").FullName;

    public void Dispose()
    {
        _nats.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    [Fact]
    public void ADirectoryBecomesUnitsOnceAndTheStatusCountsThem()
    {
        for (var i = 0; i < 3; i++)
        {
            File.WriteAllText(Path.Combine(_dir, $"page-{i}.txt"), $"Ferry {i}\n\nThe harbour ferry ran {i} extra sailings on Tuesday.");
        }

        File.WriteAllLines(Path.Combine(_dir, "stories.jsonl"), Enumerable.Range(0, 5).Select(i => $"{{\"id\":\"s{i}\",\"text\":\"Council budget story {i}.\"}}"));

        var first = CliRunner.Run(null, "enqueue", _dir, "--queue", _nats.Url, "--jsonl-lines", "2");
        Assert.Equal(0, first.ExitCode);
        Assert.StartsWith("6 units: 6 added, 0 already queued, 0 already done, 0 dead", first.Stdout, StringComparison.Ordinal);

        var second = CliRunner.Run(null, "enqueue", _dir, "--queue", _nats.Url, "--jsonl-lines", "2");
        Assert.StartsWith("6 units: 0 added, 6 already queued", second.Stdout, StringComparison.Ordinal);

        var status = CliRunner.Run(null, "queue", "status", "--queue", _nats.Url, "--format", "json");
        Assert.Equal(0, status.ExitCode);
        var json = JsonDocument.Parse(status.Stdout).RootElement;
        Assert.Equal((6, 0, 0, 0), (json.GetProperty("pending").GetInt32(), json.GetProperty("inFlight").GetInt32(), json.GetProperty("done").GetInt32(), json.GetProperty("dead").GetInt32()));
    }

    [Fact]
    public void AQueueThatIsNotThereIsAClearErrorWithExitCode3()
    {
        var enqueue = CliRunner.Run(null, "enqueue", _dir, "--queue", "nats://127.0.0.1:1");
        Assert.Equal(3, enqueue.ExitCode);
        Assert.Contains("dateline enqueue: nats://127.0.0.1:1: cannot connect (is nats-server -js running?)", enqueue.Stderr, StringComparison.Ordinal);

        var worker = CliRunner.Run(null, "worker", "--queue", "nats://127.0.0.1:1", "--db", Path.Combine(_dir, "w.db"));
        Assert.Equal(3, worker.ExitCode);
        Assert.Contains("dateline worker: nats://127.0.0.1:1: cannot connect (is nats-server -js running?)", worker.Stderr, StringComparison.Ordinal);
    }
}
