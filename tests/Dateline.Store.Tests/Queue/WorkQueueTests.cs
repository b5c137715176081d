using Dateline.Core.Pipeline;
using Dateline.Core.Running;
using Dateline.Extraction;
using Dateline.Extraction.Input;
using Dateline.Extraction.Input.Units;
using Dateline.Language;
using Dateline.Store.Queue;
using Dateline.Tests;

namespace Dateline.Store.Tests.Queue;

/// <summary>The work queue and its worker against a nats-server of the test's own, writing into a SQLite store.</summary>
public sealed class WorkQueueTests : IDisposable
{
    private static readonly Pipeline Pipeline = new PipelineBuilder().UseExtraction().UseLanguage().Build();

    private readonly NatsServer _nats = NatsServer.Start();
    private readonly TempStore _store = new();
    private readonly UnitReader _units = new(new CollectionReader(), new UnitOptions { JsonlPages = 2 });

    public void Dispose()
    {
        _store.Dispose();
        _nats.Dispose();
    }

    [Fact]
    public async Task EnqueueingTheSameInputTwiceAddsNothing()
    {
        var folder = Pages(3, jsonLines: 5);
        await using var queue = await WorkQueue.OpenAsync(Options());
        var units = _units.Plan([folder]).Units;
        Assert.Equal(6, units.Count);

        Assert.Equal(new EnqueueSummary(6, 0, 0, 0), await queue.EnqueueAsync(units));
        Assert.Equal(new EnqueueSummary(0, 6, 0, 0), await queue.EnqueueAsync(_units.Plan([folder]).Units));
        Assert.Equal(new QueueStatus(6, 0, 0, 0), await queue.StatusAsync());
    }

    [Fact]
    public async Task AWorkerFinishesEveryUnitAndTheStoreHoldsEveryPage()
    {
        var folder = Pages(3, jsonLines: 5);
        await using var queue = await WorkQueue.OpenAsync(Options());
        await queue.EnqueueAsync(_units.Plan([folder]).Units);

        var summary = await Worker(queue).RunAsync();

        Assert.Equal(6, summary.UnitsDone);
        Assert.Equal(8, summary.Stored);
        Assert.Equal(8, _store.Store.Stats().Articles);
        var status = await queue.StatusAsync();
        Assert.Equal((0L, 0L, 6L, 0L), (status.Pending, status.InFlight, status.Done, status.Dead));
        Assert.Equal(new EnqueueSummary(0, 0, 6, 0), await queue.EnqueueAsync(_units.Plan([folder]).Units));
    }

    [Fact]
    public async Task AUnitThatAlwaysFailsIsDeadAfterItsLastDeliveryWithADeadLetterRow()
    {
        var folder = Pages(2, jsonLines: 0);
        var gone = Path.Combine(folder, "page-1.txt");
        await using var queue = await WorkQueue.OpenAsync(Options() with { MaxDeliver = 3 });
        await queue.EnqueueAsync(_units.Plan([folder]).Units);
        File.Delete(gone);

        var outcomes = new List<UnitOutcome>();
        var summary = await Worker(queue).RunAsync(outcomes.Add);

        // The server counts a delivery it sent to a pull request that had just expired on the client: that delivery
        // never reaches the worker and comes back after the ack wait under the next number (seen once on a loaded CI
        // machine: "Retried 1", "Dead 3"). So the deliveries the worker saw rise, every one before the last was retried,
        // and the last is the third (the unit's error given up) or, when the third was the lost one, the consumer's
        // extra fourth (given up as never finished).
        var seen = outcomes.Where(o => o.Unit.Path == gone).ToList();
        Assert.Equal((1, seen.Count - 1, 1), (summary.UnitsDone, summary.Retried, summary.Dead));
        Assert.All(seen[..^1], o => Assert.Equal(UnitOutcomeKind.Retried, o.Kind));
        Assert.Equal(seen.Select(o => o.Delivery).Order(), seen.Select(o => o.Delivery));
        Assert.Equal(seen.Count, seen.Select(o => o.Delivery).Distinct().Count());
        var last = seen[^1];
        Assert.Equal(UnitOutcomeKind.Dead, last.Kind);
        Assert.InRange(last.Delivery, 3L, 4L);
        var status = await queue.StatusAsync();
        Assert.Equal((0L, 0L, 1L, 1L), (status.Pending, status.InFlight, status.Done, status.Dead));
        var failure = Assert.Single(_store.Store.ExportTables().Single(t => t.Name == "failures").ReadRows());
        Assert.Equal((gone, ErrorKinds.DeadLetter), ((string)failure[1]!, (string)failure[2]!));
        Assert.Contains(last.Delivery == 3 ? "no longer exists" : "without finishing", (string)failure[3]!, StringComparison.Ordinal);
        Assert.StartsWith("given up after 3 deliveries", (string)failure[3]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AUnitWhoseLastAllowedAttemptNeverReportedBackIsDead()
    {
        var folder = Pages(1, jsonLines: 0);
        await using var queue = await WorkQueue.OpenAsync(Options() with { MaxDeliver = 1, AckWait = TimeSpan.FromSeconds(1) });
        await queue.EnqueueAsync(_units.Plan([folder]).Units);

        // A worker takes the unit and is killed: no acknowledgement, no word; the server delivers it once more.
        var consumer = await queue.ConsumerAsync();
        Assert.NotNull(await consumer.NextAsync<byte[]>());

        // The server has the delivery on record (one unacknowledged) before the ack wait runs out and the next worker pulls.
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while ((await queue.StatusAsync()).InFlight != 1 && clock.Elapsed < TimeSpan.FromSeconds(10))
        {
            await Task.Delay(50);
        }

        await Task.Delay(TimeSpan.FromSeconds(1.5));

        var outcomes = new List<UnitOutcome>();
        await Worker(queue).RunAsync(outcomes.Add);

        var outcome = Assert.Single(outcomes);
        Assert.Equal((UnitOutcomeKind.Dead, 2L), (outcome.Kind, outcome.Delivery));
        Assert.Contains("without finishing", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(0, _store.Store.Stats().Articles);
        Assert.Equal(1, _store.Store.Stats().Failures);
    }

    [Fact]
    public async Task AStoppedWorkerHandsBackAUnitItCannotFinishAndTheNextStoresTheRestOnce()
    {
        var folder = Pages(0, jsonLines: 30);
        var units = new UnitReader(new CollectionReader(), new UnitOptions { JsonlPages = 100 });
        await using var queue = await WorkQueue.OpenAsync(Options());
        await queue.EnqueueAsync(units.Plan([folder]).Units);

        // Stopped while its unit's sixth page is read, with no grace: the unit cannot finish.
        using var stop = new CancellationTokenSource();
        IEnumerable<InputItem> StopAtTheSixthPage(WorkUnit unit) => units.Read(unit).Select((item, i) =>
        {
            if (i == 5)
            {
                stop.Cancel();
            }
            else if (i > 5)
            {
                // Later pages come slowly, so that a fast machine cannot finish the unit before the worker sees the stop.
                Thread.Sleep(100);
            }

            return item;
        });
        var outcomes = new List<UnitOutcome>();
        var stopped = new QueueWorker(queue, Runner(), _store.Store, StopAtTheSixthPage, new WorkerOptions { Grace = TimeSpan.Zero });
        await stopped.RunAsync(outcomes.Add, stop.Token);

        var released = Assert.Single(outcomes);
        Assert.Equal(UnitOutcomeKind.Released, released.Kind);
        Assert.InRange(_store.Store.Stats().Articles, 1, 29);
        var status = await queue.StatusAsync();
        // Handed back, the unit counts as in flight until a worker pulls it again (the server's redelivery queue).
        Assert.Equal((1L, 0L), (status.Pending + status.InFlight, status.Done));

        var summary = await new QueueWorker(queue, Runner(), _store.Store, units.Read, new WorkerOptions { IdleExit = TimeSpan.FromSeconds(1) }).RunAsync();
        Assert.Equal(1, summary.UnitsDone);
        Assert.Equal(30, _store.Store.Stats().Articles);
        Assert.Equal(30, released.Ingest!.Stored + summary.Stored);
    }

    [Fact]
    public async Task AMessageThatIsNotAUnitIsADeadLetterAtOnceAndTheWorkerGoesOn()
    {
        var folder = Pages(1, jsonLines: 0);
        await using var queue = await WorkQueue.OpenAsync(Options());

        // Published on the subject by something else: not JSON, a unit with a null date (which once stopped the
        // worker with an ArgumentNullException) and one with a short id (which once stopped the worker's report).
        await using (var nats = new NATS.Client.Core.NatsConnection(new NATS.Client.Core.NatsOpts { Url = _nats.Url }))
        {
            var js = new NATS.Client.JetStream.NatsJSContext(nats);
            foreach (var poison in (string[])[
                "garbage",
                "{\"id\":\"0123456789abcdef0123456789abcdef\",\"kind\":\"file\",\"path\":\"/a.html\",\"first\":0,\"last\":1,\"size\":1,\"modified\":null}",
                "{\"id\":\"x\",\"kind\":\"file\",\"path\":\"/nowhere.html\",\"first\":0,\"last\":1,\"size\":1,\"modified\":\"2026-12-01T00:00:00.0000000Z\"}"])
            {
                Assert.Null((await js.PublishAsync(queue.Options.Subject, System.Text.Encoding.UTF8.GetBytes(poison))).Error);
            }
        }

        await queue.EnqueueAsync(_units.Plan([folder]).Units);
        var outcomes = new List<UnitOutcome>();
        var summary = await Worker(queue).RunAsync(outcomes.Add);

        Assert.Equal((1, 3, 0), (summary.UnitsDone, summary.Dead, summary.Retried));
        // Each dead at its first delivery the worker saw (a delivery the server sent to a just-expired pull is never
        // seen, so "first seen" and not "delivery 1"): three messages, each heard of once.
        Assert.Equal(3, outcomes.Where(o => o.Kind == UnitOutcomeKind.Dead).Select(o => o.Unit.Path).Distinct().Count());
        Assert.Equal(1, _store.Store.Stats().Articles);
        var failures = _store.Store.ExportTables().Single(t => t.Name == "failures").ReadRows().ToList();
        Assert.Equal(3, failures.Count);
        Assert.All(failures, f => Assert.Equal(ErrorKinds.DeadLetter, (string)f[2]!));
        Assert.All(failures, f => Assert.StartsWith($"{queue.Options.Subject} message ", (string)f[1]!, StringComparison.Ordinal));
        Assert.All(failures, f => Assert.Contains("not a work unit", (string)f[3]!, StringComparison.Ordinal));
        var status = await queue.StatusAsync();
        Assert.Equal((0L, 0L), (status.Pending, status.InFlight));
    }

    [Fact]
    public async Task ANamedServerThatIsNotThereIsReportedPlainly()
    {
        var e = await Assert.ThrowsAsync<QueueUnavailableException>(() => WorkQueue.OpenAsync(new QueueOptions { Url = "nats://127.0.0.1:1" }));
        Assert.Equal("nats://127.0.0.1:1: cannot connect (is nats-server -js running?)", e.Message);
    }

    [Fact]
    public async Task AServerWithoutJetStreamIsReportedPlainly()
    {
        using var plain = NatsServer.Start(jetStream: false);
        var e = await Assert.ThrowsAsync<QueueUnavailableException>(() => WorkQueue.OpenAsync(new QueueOptions { Url = plain.Url }));
        Assert.Equal($"{plain.Url}: the server runs without JetStream (start it with nats-server -js)", e.Message);
    }

    private QueueOptions Options() => new() { Url = _nats.Url, AckWait = TimeSpan.FromSeconds(5) };

    private QueueWorker Worker(WorkQueue queue)
        => new(
            queue,
            Runner(),
            _store.Store,
            _units.Read,
            new WorkerOptions { RetryDelay = TimeSpan.FromMilliseconds(200), IdleExit = TimeSpan.FromSeconds(1), Poll = TimeSpan.FromSeconds(1) });

    private static DocumentRunner Runner() => new(Pipeline, new RunnerOptions { Workers = 2, PerDocumentLimit = TimeSpan.FromSeconds(20) });

    /// <summary>A folder of page files and a JSON Lines file of distinct stories.</summary>
    private string Pages(int files, int jsonLines)
    {
        var folder = Path.Combine(_store.Directory, "input");
        Directory.CreateDirectory(folder);
        for (var i = 0; i < files; i++)
        {
            File.WriteAllText(Path.Combine(folder, $"page-{i}.txt"), Story($"Harbour ferry {i}", i));
        }

        if (jsonLines > 0)
        {
            File.WriteAllLines(Path.Combine(folder, "stories.jsonl"), Enumerable.Range(0, jsonLines).Select(i => $"{{\"id\":\"s{i}\",\"text\":{System.Text.Json.JsonSerializer.Serialize(Story($"Council budget {i}", 100 + i))}}}"));
        }

        return folder;
    }

    private static string Story(string title, int n)
        => $"{title}\n\nHALIFAX, Nova Scotia (CP) — The city council voted {n} times on the new ferry terminal on Tuesday, " +
           $"and Mayor Anne Clarke said the harbour plan number {n} would be finished by spring. " +
           $"Residents of district {n} asked for more sailings in the evening.";
}
