namespace Dateline.Store.Queue;

/// <summary>
/// The queue at a glance: units waiting for a worker (<see cref="Pending"/>), delivered and not yet acknowledged
/// (<see cref="InFlight"/>: running, or waiting to be retried), finished and given up.
/// </summary>
public sealed record QueueStatus(long Pending, long InFlight, long Done, long Dead)
{
    /// <summary>Units the consumer has delivered more than once and not yet acknowledged.</summary>
    public long Redelivered { get; init; }

    /// <summary>Units finished in the last minute (from the state entries' times): the fleet's current pace.</summary>
    public long DoneLastMinute { get; init; }
}
