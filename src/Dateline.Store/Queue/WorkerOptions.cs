namespace Dateline.Store.Queue;

/// <summary>How a worker retries, stops and waits.</summary>
public sealed record WorkerOptions
{
    /// <summary>A unit that failed (the store unavailable, the file unreadable) is delivered again after this long, to any worker.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Asked to stop, a worker lets its current unit run this long more; a unit that finishes is acknowledged, one
    /// that does not is handed back at once (its committed rows stay; the next delivery skips them).
    /// </summary>
    public TimeSpan Grace { get; init; } = TimeSpan.FromSeconds(20);

    /// <summary>Stop after this long with nothing to do (no unit waiting or in flight anywhere); null: run until stopped.</summary>
    public TimeSpan? IdleExit { get; init; }

    /// <summary>How long one pull waits for a unit before the worker looks at the clock again.</summary>
    public TimeSpan Poll { get; init; } = TimeSpan.FromSeconds(2);
}
