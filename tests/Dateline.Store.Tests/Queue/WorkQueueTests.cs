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

        Assert.Equal((1, 2, 1), (summary.UnitsDone, summary.Retried, summary.Dead));
        Assert.Equal(["Retried 1", "Retried 2", "Dead 3"], outcomes.Where(o => o.Unit.Path == gone).Select(o => $"{o.Kind} {o.Delivery}"));
        var status = await queue.StatusAsync();
        Assert.Equal((0L, 0L, 1L, 1L), (status.Pending, status.InFlight, status.Done, status.Dead));
        var failure = Assert.Single(_store.Store.ExportTables().Single(t => t.Name == "failures").ReadRows());
        Assert.Equal((gone, ErrorKinds.DeadLetter), ((string)failure[1]!, (string)failure[2]!));
        Assert.Contains("no longer exists", (string)failure[3]!, StringComparison.Ordinal);
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

        var outcomes = new List<UnitOutcome>();
        await Worker(queue).RunAsync(outcomes.Add);

        var outcome = Assert.Single(outcomes);
        Assert.Equal((UnitOutcomeKind.Dead, 2L), (outcome.Kind, outcome.Delivery));
        Assert.Contains("without finishing", outcome.Error, StringComparison.Ordinal);
        Assert.Equal(0, _store.Store.Stats().Articles);
        Assert.Equal(1, _store.Store.Stats().Failures);
    }

    [Fact]
    public async Task ANamedServerThatIsNotThereIsReportedPlainly()
    {
        var e = await Assert.ThrowsAsync<QueueUnavailableException>(() => WorkQueue.OpenAsync(new QueueOptions { Url = "nats://127.0.0.1:1" }));
        Assert.Equal("nats://127.0.0.1:1: cannot connect (is nats-server -js running?)", e.Message);
    }

    private QueueOptions Options() => new() { Url = _nats.Url, AckWait = TimeSpan.FromSeconds(5) };

    private QueueWorker Worker(WorkQueue queue)
        => new(
            queue,
            new DocumentRunner(Pipeline, new RunnerOptions { Workers = 2, PerDocumentLimit = TimeSpan.FromSeconds(20) }),
            _store.Store,
            _units.Read,
            new WorkerOptions { RetryDelay = TimeSpan.FromMilliseconds(200), IdleExit = TimeSpan.FromSeconds(1), Poll = TimeSpan.FromSeconds(1) });

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
