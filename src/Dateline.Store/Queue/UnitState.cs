namespace Dateline.Store.Queue;

/// <summary>What became of a unit, as the queue's key-value bucket keeps it by unit id.</summary>
public enum UnitState
{
    /// <summary>Enqueued, not yet finished (waiting, running, or waiting for a retry).</summary>
    Pending,

    /// <summary>Finished: its rows are committed in the store.</summary>
    Done,

    /// <summary>Given up after its last allowed delivery; a dead-letter failure row names it.</summary>
    Dead,
}
