namespace Dateline.Store.Queue;

/// <summary>
/// Where the work queue lives on a NATS server with JetStream, and how units are redelivered. Every enqueuer and
/// worker of one fleet uses the same names; <see cref="AckWait"/> and <see cref="MaxDeliver"/> are the consumer's
/// settings, written by the worker that starts last.
/// </summary>
public sealed record QueueOptions
{
    public const string DefaultUrl = "nats://127.0.0.1:4222";

    /// <summary>The NATS server (nats://host:port).</summary>
    public string Url { get; init; } = DefaultUrl;

    /// <summary>The JetStream stream holding the units not yet finished (work-queue retention: a unit leaves it when acknowledged).</summary>
    public string Stream { get; init; } = "DATELINE_UNITS";

    /// <summary>The subject units are published on.</summary>
    public string Subject { get; init; } = "dateline.units";

    /// <summary>The durable pull consumer every worker pulls from, so the units are shared between them.</summary>
    public string Consumer { get; init; } = "dateline-workers";

    /// <summary>The key-value bucket holding each unit's state by id: what makes enqueueing the same input twice add nothing.</summary>
    public string Bucket { get; init; } = "dateline-units";

    /// <summary>
    /// How long a delivered unit may go without word from its worker before it is delivered again (a worker that was
    /// killed). Workers send progress every third of it while a unit runs, so a long unit is not redelivered.
    /// </summary>
    public TimeSpan AckWait { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Deliveries of a unit before it is given up as dead (a dead-letter row in the store's failures).</summary>
    public int MaxDeliver { get; init; } = 5;

    /// <summary>The stream drops a second publication with the same unit id (Nats-Msg-Id) within this window.</summary>
    public TimeSpan DuplicateWindow { get; init; } = TimeSpan.FromMinutes(10);
}
