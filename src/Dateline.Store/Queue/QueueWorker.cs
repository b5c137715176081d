using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Dateline.Core.Pipeline;
using Dateline.Core.Running;
using Dateline.Store.Ingest;
using NATS.Client.Core;
using NATS.Client.JetStream;

namespace Dateline.Store.Queue;

/// <summary>
/// A stateless worker: pulls one unit at a time from the <see cref="WorkQueue"/>, runs the ordinary
/// <see cref="StoreIngest"/> over the unit's pages (the runner's threads process the pages in parallel), and
/// acknowledges the unit only after its rows are committed, so a unit is either finished or delivered again. While a
/// unit runs the worker tells the server it is alive every third of the ack wait, so a long unit is not handed to a
/// second worker. A redelivered unit stores nothing twice: the store skips the content hashes it holds. A unit that
/// fails is retried after <see cref="WorkerOptions.RetryDelay"/>; on its last allowed delivery it is given up with a
/// dead-letter failure row. One store has one writer, so a worker runs one unit at a time: a fleet grows by workers.
/// </summary>
public sealed class QueueWorker(WorkQueue queue, DocumentRunner runner, IArticleStore store, Func<WorkUnit, IEnumerable<InputItem>> read, WorkerOptions? options = null, IngestOptions? ingestOptions = null)
{
    private readonly WorkerOptions _options = options ?? new WorkerOptions();

    /// <summary>
    /// Works until <paramref name="stop"/> (then the current unit gets the grace period) or, with
    /// <see cref="WorkerOptions.IdleExit"/>, until the queue has been empty that long. <paramref name="report"/> hears
    /// of every delivery's outcome.
    /// </summary>
    public async Task<WorkerSummary> RunAsync(Action<UnitOutcome>? report = null, CancellationToken stop = default)
    {
        var consumer = await queue.ConsumerAsync(stop);
        var summary = WorkerSummary.None;
        var clock = Stopwatch.StartNew();
        var lastWork = TimeSpan.Zero;
        while (!stop.IsCancellationRequested)
        {
            INatsJSMsg<byte[]>? message;
            try
            {
                message = await consumer.NextAsync<byte[]>(opts: new NatsJSNextOpts { Expires = _options.Poll }, cancellationToken: stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                break;
            }
            catch (NatsException)
            {
                // The connection reconnects by itself; pull again shortly.
                await Task.Delay(_options.Poll, CancellationToken.None);
                continue;
            }

            if (message is null)
            {
                if (_options.IdleExit is { } idle && clock.Elapsed - lastWork >= idle && await IsDrainedAsync(stop))
                {
                    break;
                }

                continue;
            }

            var outcome = await HandleAsync(message, stop);
            summary = summary.Add(outcome);
            report?.Invoke(outcome);

            lastWork = clock.Elapsed;
        }

        return summary;
    }

    /// <summary>Whether the whole queue is empty (no unit waits, none in flight anywhere); a question that cannot be answered now is a no.</summary>
    private async Task<bool> IsDrainedAsync(CancellationToken stop)
    {
        try
        {
            return await queue.IsDrainedAsync(stop);
        }
        catch (Exception e) when (e is NatsException || (e is OperationCanceledException && stop.IsCancellationRequested))
        {
            return false;
        }
    }

    private async Task<UnitOutcome> HandleAsync(INatsJSMsg<byte[]> message, CancellationToken stop)
    {
        WorkUnit unit;
        string? notAUnit = null;
        try
        {
            unit = WorkUnitJson.Read(message.Data ?? []);
        }
        catch (JsonException e)
        {
            // Not a unit (published by something else on the subject, or damaged): a dead letter at once, named by
            // its place in the stream, never delivered again.
            unit = NotAUnit(message);
            notAUnit = e.Message;
        }

        var delivery = (long)(message.Metadata?.NumDelivered ?? 1);
        try
        {
            return notAUnit is null
                ? await HandleAsync(message, unit, delivery, stop)
                : await GiveUpAsync(message, unit, delivery, notAUnit, 0);
        }
        catch (NatsException e)
        {
            // The server went away mid-unit: nothing can be acknowledged now; the unit comes back after the ack wait.
            return new UnitOutcome(unit, UnitOutcomeKind.Retried, delivery) { Error = $"the queue server: {e.Message}; the unit will be delivered again" };
        }
    }

    private async Task<UnitOutcome> HandleAsync(INatsJSMsg<byte[]> message, WorkUnit unit, long delivery, CancellationToken stop)
    {
        if (await queue.StateOfAsync(unit.Id, CancellationToken.None) is UnitState.Done or UnitState.Dead)
        {
            await message.AckAsync(cancellationToken: CancellationToken.None);
            return new UnitOutcome(unit, UnitOutcomeKind.AlreadyFinished, delivery);
        }

        if (delivery > queue.Options.MaxDeliver)
        {
            // The consumer's one extra delivery: the last allowed attempt never reported back (its worker was killed).
            return await GiveUpAsync(message, unit, delivery, $"delivered {delivery - 1} times without finishing (the workers were stopped or killed)", 0);
        }

        var clock = Stopwatch.StartNew();
        try
        {
            var run = await RunUnitAsync(message, unit, stop);
            if (!run.Finished)
            {
                await message.NakAsync(cancellationToken: CancellationToken.None);
                return new UnitOutcome(unit, UnitOutcomeKind.Released, delivery) { Ingest = run.Ingest, Seconds = clock.Elapsed.TotalSeconds };
            }

            // Done is recorded before the acknowledgement: a unit acknowledged but not marked would look unfinished forever.
            await queue.MarkAsync(unit.Id, UnitState.Done, CancellationToken.None);
            await message.AckAsync(new AckOpts { DoubleAck = true }, CancellationToken.None);
            return new UnitOutcome(unit, UnitOutcomeKind.Done, delivery) { Ingest = run.Ingest, Seconds = clock.Elapsed.TotalSeconds };
        }
        catch (Exception e) when (e is not NatsException)
        {
            var error = e.Message;
            if (delivery >= queue.Options.MaxDeliver)
            {
                return await GiveUpAsync(message, unit, delivery, error, clock.Elapsed.TotalSeconds);
            }

            await message.NakAsync(new AckOpts { NakDelay = _options.RetryDelay }, CancellationToken.None);
            return new UnitOutcome(unit, UnitOutcomeKind.Retried, delivery) { Error = error, Seconds = clock.Elapsed.TotalSeconds };
        }
    }

    /// <summary>
    /// Runs the unit's ingest on a thread-pool thread (the runner is synchronous), sending progress while it runs.
    /// When the worker is asked to stop, the unit has the grace period to finish; then it stops reading pages, and
    /// the pages read are processed and committed, but the unit is not finished.
    /// </summary>
    private async Task<UnitRun> RunUnitAsync(INatsJSMsg<byte[]> message, WorkUnit unit, CancellationToken stop)
    {
        using var unitStop = new CancellationTokenSource();
        await using var grace = stop.Register(() => unitStop.CancelAfter(_options.Grace));
        var inputs = new TrackedInputs(read, unit);
        var ingest = new StoreIngest(runner, store, ingestOptions);
        var work = Task.Run(() => ingest.Run(inputs, stop: unitStop.Token), CancellationToken.None);
        var beat = queue.Options.AckWait / 3;
        while (await Task.WhenAny(work, Task.Delay(beat, CancellationToken.None)) != work)
        {
            try
            {
                await message.AckProgressAsync(cancellationToken: CancellationToken.None);
            }
            catch (NatsException)
            {
                // A missed beat only risks a redelivery, which stores nothing twice; the unit goes on.
            }
        }

        var summary = await work;
        return new UnitRun(summary, inputs.Exhausted);
    }

    private async Task<UnitOutcome> GiveUpAsync(INatsJSMsg<byte[]> message, WorkUnit unit, long delivery, string error, double seconds)
    {
        var record = new FailureRecord(ContentHash.OfFailure(unit.Id, ErrorKinds.DeadLetter), unit.Id, unit.Source, ErrorKinds.DeadLetter,
            $"given up after {Math.Min(delivery, queue.Options.MaxDeliver)} deliveries: {error}");
        string? unrecorded = null;
        try
        {
            store.Write([record]);
        }
        catch (StoreException e)
        {
            unrecorded = $"; the dead-letter row could not be written: {e.Message}";
        }

        await queue.MarkAsync(unit.Id, UnitState.Dead, CancellationToken.None);
        // No termination reason: servers before 2.10 take "+TERM reason" for an unknown acknowledgement and redeliver.
        await message.AckTerminateAsync(cancellationToken: CancellationToken.None);
        return new UnitOutcome(unit, UnitOutcomeKind.Dead, delivery) { Error = error + unrecorded, Seconds = seconds };
    }

    /// <summary>
    /// What names a message that is not a unit in the worker's report and the dead-letter row: its subject and stream
    /// sequence as the path, an id hashed from them.
    /// </summary>
    private WorkUnit NotAUnit(INatsJSMsg<byte[]> message)
    {
        var where = string.Create(CultureInfo.InvariantCulture, $"{message.Subject} message {message.Metadata?.Sequence.Stream ?? 0}");
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{queue.Options.Stream}\n{where}")))[..WorkUnit.IdLength];
        return new WorkUnit(id, WorkUnitKind.File, where, 0, 1, message.Data?.Length ?? 0, default);
    }

    private sealed record UnitRun(IngestSummary Ingest, bool Finished);

    /// <summary>A unit's inputs, noting whether the ingest read them to the end (a stopped ingest does not).</summary>
    private sealed class TrackedInputs(Func<WorkUnit, IEnumerable<InputItem>> read, WorkUnit unit) : IEnumerable<InputItem>
    {
        private volatile bool _exhausted;

        public bool Exhausted => _exhausted;

        public IEnumerator<InputItem> GetEnumerator()
        {
            foreach (var item in read(unit))
            {
                yield return item;
            }

            _exhausted = true;
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
