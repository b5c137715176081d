using System.Collections.Concurrent;
using Dateline.Core.Layers;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Core.Running;

namespace Dateline.Core.Tests.Running;

public class DocumentRunnerTests
{
    private static InputItem Page(string text, string? id = null)
    {
        id ??= text;
        return InputItem.Read(new RawPage(id, id + ".txt", ReadOnlyMemory<byte>.Empty) { PreDecodedText = text });
    }

    private static DocumentRunner Runner(IPipelineComponent component, RunnerOptions? options = null)
        => new(new PipelineBuilder().Add(new GivenText()).Add(component).Build(), options ?? new RunnerOptions { Workers = 4 });

    [Fact]
    public void OutcomesComeInInputOrderWhateverTheWorkersTiming()
    {
        // Early inputs are slow, later ones fast: the consumer still sees them in order.
        var inputs = Enumerable.Range(0, 40).Select(i => Page($"doc {i}", $"d{i:00}")).ToList();
        var items = Runner(new Sleep(d => d.Id.CompareTo("d10") < 0 ? 30 : 0)).Run(inputs).ToList();
        Assert.Equal(inputs.Select(i => i.Id), items.Select(i => i.Result!.Id));
        Assert.Equal(Enumerable.Range(0, 40).Select(i => (long)i), items.Select(i => i.Index));
        Assert.All(items, i => Assert.True(i.Result!.Succeeded));
    }

    [Fact]
    public void NoMoreThanMaxInFlightInputsAreReadAheadOfTheConsumer()
    {
        var read = 0;
        IEnumerable<InputItem> Inputs()
        {
            for (var i = 0; i < 200; i++)
            {
                Interlocked.Increment(ref read);
                yield return Page($"doc {i}");
            }
        }

        var runner = Runner(new Sleep(_ => 0), new RunnerOptions { Workers = 2, MaxInFlight = 8 });
        var maxAhead = 0;
        var delivered = 0;
        foreach (var _ in runner.Run(Inputs()))
        {
            delivered++;
            Thread.Sleep(2);
            maxAhead = Math.Max(maxAhead, Volatile.Read(ref read) - delivered);
        }

        Assert.Equal(200, delivered);
        Assert.InRange(maxAhead, 0, 8 + 1);
    }

    [Fact]
    public void UnreadableInputsAndFailuresAreOutcomesAndTheRunGoesOn()
    {
        var inputs = new[] { Page("fine"), InputItem.Failed("gone", "gone.txt", ErrorKinds.NotFound, "gone.txt: no such file"), Page("boom"), Page("also fine") };
        var items = Runner(new Sleep(_ => 0, fail: "boom")).Run(inputs).ToList();
        Assert.Equal([true, false, false, true], items.Select(i => i.Result!.Succeeded));
        Assert.Equal(ErrorKinds.NotFound, items[1].Result!.Error!.Kind);
        Assert.Equal(ErrorKinds.ComponentFailure, items[2].Result!.Error!.Kind);
    }

    [Fact]
    public void SkippedInputsAreDeliveredInOrderWithTheirReasonAndNeverProcessed()
    {
        var processed = new ConcurrentBag<string>();
        var hooks = new RunHooks { Skip = i => i.Id.StartsWith("old", StringComparison.Ordinal) ? "already stored" : null };
        var items = Runner(new Sleep(d => { processed.Add(d.Id); return 0; })).Run([Page("a"), Page("old b"), Page("c")], hooks).ToList();
        Assert.Equal([false, true, false], items.Select(i => i.Skipped));
        Assert.Equal("already stored", items[1].SkipReason);
        Assert.DoesNotContain("old b", processed);
    }

    [Fact]
    public void ADocumentOverItsTimeLimitFailsAsATimeout()
    {
        var options = new RunnerOptions { Workers = 2, PerDocumentLimit = TimeSpan.FromMilliseconds(300), AbandonAfter = TimeSpan.FromSeconds(5) };
        var items = Runner(new Sleep(d => d.Id == "slow" ? 60_000 : 0), options).Run([Page("slow"), Page("quick")]).ToList();
        Assert.Equal(ErrorKinds.Timeout, items[0].Result!.Error!.Kind);
        Assert.True(items[1].Result!.Succeeded, items[1].Result!.Error?.Message);
    }

    [Fact]
    public void AComponentThatIgnoresCancellationIsAbandonedAndTheRunGoesOn()
    {
        using var release = new ManualResetEventSlim();
        var stuckEnded = false;
        var options = new RunnerOptions { Workers = 1, PerDocumentLimit = TimeSpan.FromMilliseconds(100), AbandonAfter = TimeSpan.FromMilliseconds(100) };
        var stuck = new Sleep(d =>
        {
            if (d.Id == "stuck")
            {
                release.Wait(TimeSpan.FromSeconds(60));
                stuckEnded = true;
            }

            return 0;
        });
        var items = Runner(stuck, options).Run([Page("stuck"), Page("next")]).ToList();

        // The run is over while the stuck component still waits: the runner did not wait for it.
        Assert.False(Volatile.Read(ref stuckEnded));
        release.Set();
        Assert.Equal(ErrorKinds.Timeout, items[0].Result!.Error!.Kind);
        Assert.Contains("exceeded the limit", items[0].Result!.Error!.Message, StringComparison.Ordinal);
        Assert.True(items[1].Result!.Succeeded);
    }

    [Fact]
    public void FinishRunsOnTheWorkersAndItsValueTravelsWithTheOutcome()
    {
        var hooks = new RunHooks { Finish = d => d.Text.Length };
        var items = Runner(new Sleep(_ => 0)).Run([Page("abc"), Page("de")], hooks).ToList();
        Assert.Equal([3, 2], items.Select(i => (int)i.Extra!));
    }

    [Fact]
    public void ProgressAndIdleAreCalledOnTheConsumersThreadAndNameTheDocumentInFlight()
    {
        var consumer = Environment.CurrentManagedThreadId;
        var threads = new ConcurrentBag<int>();
        var reports = new List<RunProgress>();
        using var seen = new ManualResetEventSlim();
        var hooks = new RunHooks
        {
            Progress = p =>
            {
                threads.Add(Environment.CurrentManagedThreadId);
                reports.Add(p);
                if (p.InFlight == 1 && p.Slowest == "slow.txt")
                {
                    seen.Set();
                }
            },
            Idle = () => threads.Add(Environment.CurrentManagedThreadId),
        };

        // The slow document holds on until a report has named it, so the test does not depend on timing.
        var options = new RunnerOptions { Workers = 1, ProgressInterval = TimeSpan.Zero, IdleInterval = TimeSpan.FromMilliseconds(20) };
        _ = Runner(new Sleep(d => d.Id == "slow" && !seen.Wait(TimeSpan.FromSeconds(20)) ? 0 : 0), options).Run([Page("slow"), Page("b")], hooks).ToList();
        Assert.True(seen.IsSet, "no progress report named the document in flight");
        Assert.All(threads, t => Assert.Equal(consumer, t));
        Assert.True(reports[^1].Finished);
        Assert.Equal(2, reports[^1].Succeeded);
    }

    [Fact]
    public void StoppingReadsNoMoreInputsButDeliversWhatWasRead()
    {
        using var stop = new CancellationTokenSource();
        var read = 0;
        IEnumerable<InputItem> Inputs()
        {
            for (var i = 0; i < 1000; i++)
            {
                if (++read == 5)
                {
                    stop.Cancel();
                }

                yield return Page($"doc {i}");
            }
        }

        var items = Runner(new Sleep(_ => 0)).Run(Inputs(), stop: stop.Token).ToList();
        Assert.InRange(items.Count, 1, 6);
        Assert.Equal(Enumerable.Range(0, items.Count).Select(i => (long)i), items.Select(i => i.Index));
    }

    [Fact]
    public void AReaderThatThrowsIsReportedAfterWhatItReadIsDelivered()
    {
        IEnumerable<InputItem> Inputs()
        {
            yield return Page("one");
            yield return Page("two");
            throw new IOException("disk gone");
        }

        var delivered = new List<string>();
        var e = Assert.Throws<InvalidOperationException>(() =>
        {
            foreach (var item in Runner(new Sleep(_ => 0)).Run(Inputs()))
            {
                delivered.Add(item.Result!.Id);
            }
        });
        Assert.Equal(["one", "two"], delivered);
        Assert.Contains("disk gone", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ProcessOneHonoursTheCallersCancellation()
    {
        using var gone = new CancellationTokenSource(TimeSpan.FromMilliseconds(100));
        var result = Runner(new Sleep(_ => 60_000)).ProcessOne(Page("slow"), gone.Token);
        Assert.Equal(ErrorKinds.Timeout, result.Error!.Kind);
    }

    [Theory]
    [InlineData(0, 30, 1)]
    [InlineData(1, 0, 1)]
    [InlineData(1, 30, 0)]
    public void OptionsOutOfRangeAreRefused(int workers, int seconds, int inFlight)
        => Assert.Throws<ArgumentOutOfRangeException>(() => new RunnerOptions { Workers = workers, PerDocumentLimit = TimeSpan.FromSeconds(seconds), MaxInFlight = inFlight }.Validated());

    /// <summary>Takes the page's given text as the clean text.</summary>
    private sealed class GivenText : IPipelineComponent
    {
        public string Name => "given";

        public IReadOnlyList<Capability> Requires => [];

        public IReadOnlyList<Capability> Assigns => [Capability.Text];

        public Document Process(Document document, ProcessingContext context) => document.WithText(document.Raw.PreDecodedText ?? string.Empty);
    }

    /// <summary>Waits as long as the delay says, checking cancellation, or fails on one text.</summary>
    private sealed class Sleep(Func<Document, int> milliseconds, string? fail = null) : IPipelineComponent
    {
        public string Name => "sleep";

        public IReadOnlyList<Capability> Requires => [Capability.Text];

        public IReadOnlyList<Capability> Assigns => [];

        public Document Process(Document document, ProcessingContext context)
        {
            if (document.Text == fail)
            {
                throw new InvalidOperationException("failing on purpose");
            }

            var wait = milliseconds(document);
            if (wait > 0)
            {
                context.Cancellation.WaitHandle.WaitOne(wait);
                context.ThrowIfCancelled();
            }

            return document;
        }
    }
}
