using Dateline.Core.Running;
using NATS.Client.Core;
using NATS.Client.JetStream;
using NATS.Client.JetStream.Models;
using NATS.Client.KeyValueStore;

namespace Dateline.Store.Queue;

/// <summary>
/// The fleet's work queue on NATS JetStream: units are messages of a work-queue stream, shared by the workers through
/// one durable pull consumer with explicit acknowledgement, and each unit's state (pending, done, dead) is kept by id
/// in a key-value bucket. Enqueueing looks the id up first and publishes with the id as Nats-Msg-Id, so the same
/// input enqueued twice adds nothing. Opening it creates the stream and the bucket when they are missing.
/// </summary>
public sealed class WorkQueue : IAsyncDisposable
{
    private readonly NatsConnection _nats;
    private readonly NatsJSContext _js;
    private readonly INatsKVStore _states;

    private WorkQueue(QueueOptions options, NatsConnection nats, NatsJSContext js, INatsKVStore states)
    {
        Options = options;
        _nats = nats;
        _js = js;
        _states = states;
    }

    public QueueOptions Options { get; }

    /// <summary>Connects and makes sure the stream and the state bucket exist.</summary>
    /// <exception cref="QueueUnavailableException">No server answers at the address, or it runs without JetStream.</exception>
    public static async Task<WorkQueue> OpenAsync(QueueOptions options, CancellationToken cancellation = default)
    {
        var nats = new NatsConnection(new NatsOpts { Url = options.Url, Name = "dateline", ConnectTimeout = TimeSpan.FromSeconds(5) });
        try
        {
            try
            {
                await nats.ConnectAsync();
            }
            catch (NatsException e)
            {
                throw new QueueUnavailableException($"{options.Url}: cannot connect (is nats-server -js running?)", e);
            }

            var js = new NatsJSContext(nats);
            try
            {
                await js.GetAccountInfoAsync(cancellation);
            }
            catch (NatsException e)
            {
                throw new QueueUnavailableException($"{options.Url}: the server runs without JetStream (start it with nats-server -js)", e);
            }

            try
            {
                return await CreateAsync(options, nats, js, cancellation);
            }
            catch (NatsException e)
            {
                throw new QueueUnavailableException($"{options.Url}: the queue's stream {options.Stream} or bucket {options.Bucket} cannot be made: {e.Message}", e);
            }
        }
        catch
        {
            await nats.DisposeAsync();
            throw;
        }
    }

    private static async Task<WorkQueue> CreateAsync(QueueOptions options, NatsConnection nats, NatsJSContext js, CancellationToken cancellation)
    {
        await js.CreateOrUpdateStreamAsync(
            new StreamConfig
            {
                Name = options.Stream,
                Subjects = [options.Subject],
                Retention = StreamConfigRetention.Workqueue,
                Storage = StreamConfigStorage.File,
                DuplicateWindow = options.DuplicateWindow,
            },
            cancellation);
        var states = await new NatsKVContext(js).CreateOrUpdateStoreAsync(new NatsKVConfig(options.Bucket) { Storage = NatsKVStorageType.File }, cancellation);
        return new WorkQueue(options, nats, js, states);
    }

    /// <summary>
    /// Adds the units the queue does not know yet, in order. A unit whose id is in the state bucket (pending, done or
    /// dead) is left alone and counted; a new one is published, then recorded as pending.
    /// </summary>
    /// <exception cref="QueueUnavailableException">The server went away or refused a publication.</exception>
    public async Task<EnqueueSummary> EnqueueAsync(IEnumerable<WorkUnit> units, CancellationToken cancellation = default)
    {
        try
        {
            return await AddAsync(units, cancellation);
        }
        catch (NatsException e)
        {
            throw Unavailable(e);
        }
    }

    /// <summary>
    /// Counts from the consumer (waiting, delivered and unacknowledged) and from the state bucket (done, dead). The
    /// bucket is read whole: fine for hundreds of thousands of units.
    /// </summary>
    /// <exception cref="QueueUnavailableException">The server went away.</exception>
    public async Task<QueueStatus> StatusAsync(CancellationToken cancellation = default)
    {
        try
        {
            return await CountAsync(cancellation);
        }
        catch (NatsException e)
        {
            throw Unavailable(e);
        }
    }

    private async Task<EnqueueSummary> AddAsync(IEnumerable<WorkUnit> units, CancellationToken cancellation)
    {
        int added = 0, pending = 0, done = 0, dead = 0;
        foreach (var unit in units)
        {
            switch (await StateOfAsync(unit.Id, cancellation))
            {
                case UnitState.Pending:
                    pending++;
                    continue;
                case UnitState.Done:
                    done++;
                    continue;
                case UnitState.Dead:
                    dead++;
                    continue;
            }

            var ack = await _js.PublishAsync(Options.Subject, WorkUnitJson.Write(unit), opts: new NatsJSPubOpts { MsgId = unit.Id }, cancellationToken: cancellation);
            ack.EnsureSuccess();

            // Created only if absent: a worker may already have finished the unit and written done, which must stay.
            await _states.TryCreateAsync(unit.Id, Name(UnitState.Pending), cancellationToken: cancellation);
            if (ack.Duplicate)
            {
                pending++;
            }
            else
            {
                added++;
            }
        }

        return new EnqueueSummary(added, pending, done, dead);
    }

    private async Task<QueueStatus> CountAsync(CancellationToken cancellation)
    {
        long waiting, inFlight = 0, redelivered = 0;
        try
        {
            var consumer = await _js.GetConsumerAsync(Options.Stream, Options.Consumer, cancellation);
            waiting = (long)consumer.Info.NumPending;
            inFlight = consumer.Info.NumAckPending;
            redelivered = consumer.Info.NumRedelivered;
        }
        catch (NatsJSApiException e) when (e.Error.Code == 404)
        {
            // No worker has started yet: everything in the stream waits.
            var stream = await _js.GetStreamAsync(Options.Stream, cancellationToken: cancellation);
            waiting = stream.Info.State.Messages;
        }

        long done = 0, dead = 0, doneLastMinute = 0;
        var minuteAgo = DateTimeOffset.UtcNow.AddMinutes(-1);
        var watch = new NatsKVWatchOpts { IgnoreDeletes = true, OnNoData = _ => ValueTask.FromResult(true) };
        await foreach (var entry in _states.WatchAsync<string>(opts: watch, cancellationToken: cancellation))
        {
            switch (State(entry.Value))
            {
                case UnitState.Done:
                    done++;
                    doneLastMinute += entry.Created >= minuteAgo ? 1 : 0;
                    break;
                case UnitState.Dead:
                    dead++;
                    break;
            }

            if (entry.Delta == 0)
            {
                break;
            }
        }

        return new QueueStatus(waiting, inFlight, done, dead) { Redelivered = redelivered, DoneLastMinute = doneLastMinute };
    }

    /// <summary>True when no unit waits and none is delivered and unacknowledged: an idle worker may stop.</summary>
    public async Task<bool> IsDrainedAsync(CancellationToken cancellation = default)
    {
        var status = await _js.GetConsumerAsync(Options.Stream, Options.Consumer, cancellation);
        return status.Info.NumPending == 0 && status.Info.NumAckPending == 0;
    }

    /// <summary>
    /// The workers' consumer, created or updated with <see cref="QueueOptions.AckWait"/> and one delivery more than
    /// <see cref="QueueOptions.MaxDeliver"/>: the extra one lets a worker give up a unit whose last attempt was killed,
    /// instead of leaving it unfinished and unrecorded.
    /// </summary>
    /// <exception cref="QueueUnavailableException">The server went away, or refused the consumer.</exception>
    public async Task<INatsJSConsumer> ConsumerAsync(CancellationToken cancellation = default)
    {
        try
        {
            return await CreateConsumerAsync(cancellation);
        }
        catch (NatsException e)
        {
            throw Unavailable(e);
        }
    }

    private async Task<INatsJSConsumer> CreateConsumerAsync(CancellationToken cancellation)
        => await _js.CreateOrUpdateConsumerAsync(
            Options.Stream,
            new ConsumerConfig
            {
                Name = Options.Consumer,
                DurableName = Options.Consumer,
                AckPolicy = ConsumerConfigAckPolicy.Explicit,
                AckWait = Options.AckWait,
                MaxDeliver = Options.MaxDeliver + 1,
                FilterSubject = Options.Subject,
            },
            cancellation);

    /// <summary>The unit's recorded state, or null when the queue has never seen its id.</summary>
    public async Task<UnitState?> StateOfAsync(string unitId, CancellationToken cancellation = default)
    {
        var entry = await _states.TryGetEntryAsync<string>(unitId, cancellationToken: cancellation);
        return entry.Success ? State(entry.Value.Value) : null;
    }

    public async Task MarkAsync(string unitId, UnitState state, CancellationToken cancellation = default)
        => await _states.PutAsync(unitId, Name(state), cancellationToken: cancellation);

    public ValueTask DisposeAsync() => _nats.DisposeAsync();

    private QueueUnavailableException Unavailable(NatsException e) => new($"{Options.Url}: {e.Message}", e);

    private static string Name(UnitState state) => state switch
    {
        UnitState.Pending => "pending",
        UnitState.Done => "done",
        UnitState.Dead => "dead",
        _ => throw new ArgumentOutOfRangeException(nameof(state)),
    };

    private static UnitState? State(string? name) => name switch
    {
        "pending" => UnitState.Pending,
        "done" => UnitState.Done,
        "dead" => UnitState.Dead,
        _ => null,
    };
}
