namespace Dateline.Store.Queue;

/// <summary>What enqueueing did: units added, and units the queue already knew (by id) in each state, which it left alone.</summary>
public sealed record EnqueueSummary(int Added, int AlreadyPending, int AlreadyDone, int AlreadyDead)
{
    public static EnqueueSummary None { get; } = new(0, 0, 0, 0);

    public int Known => AlreadyPending + AlreadyDone + AlreadyDead;
}
