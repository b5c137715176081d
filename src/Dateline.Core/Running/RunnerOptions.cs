namespace Dateline.Core.Running;

/// <summary>How a run uses the machine: parallelism, the time limit of one document and how much may be in flight.</summary>
public sealed record RunnerOptions
{
    /// <summary>Documents processed at once (worker threads).</summary>
    public int Workers { get; init; } = Environment.ProcessorCount;

    /// <summary>A document still processing after this long fails with kind "timeout".</summary>
    public TimeSpan PerDocumentLimit { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Components check the cancellation token; one stuck in a library call that never checks it is abandoned this
    /// long after the limit (its thread is left to finish alone) so the run goes on.
    /// </summary>
    public TimeSpan AbandonAfter { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Inputs read but not yet handed to the consumer, at most: this bounds memory whatever the collection's size
    /// (results are delivered in input order, so a slow document holds back the ones after it).
    /// </summary>
    public int MaxInFlight { get; init; } = Math.Max(64, Environment.ProcessorCount * 32);

    /// <summary>How often <see cref="RunHooks.Progress"/> is called.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>How long the consumer waits for the next result before <see cref="RunHooks.Idle"/> is called.</summary>
    public TimeSpan IdleInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <exception cref="ArgumentOutOfRangeException">A value is out of its range.</exception>
    public RunnerOptions Validated()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(Workers, 1, nameof(Workers));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(PerDocumentLimit, TimeSpan.Zero, nameof(PerDocumentLimit));
        ArgumentOutOfRangeException.ThrowIfLessThan(AbandonAfter, TimeSpan.Zero, nameof(AbandonAfter));
        ArgumentOutOfRangeException.ThrowIfLessThan(MaxInFlight, 1, nameof(MaxInFlight));
        return this;
    }
}
