using Dateline.Core.Model;

namespace Dateline.Core.Running;

/// <summary>What a host adds to a run. Every hook is optional.</summary>
public sealed class RunHooks
{
    public static RunHooks None { get; } = new();

    /// <summary>
    /// Called on the reading thread for each input, in order, before any work on it: a reason to skip it (an ingest
    /// skips what its store holds), or null to process it. Skipped inputs are still delivered, in order.
    /// </summary>
    public Func<InputItem, string?>? Skip { get; init; }

    /// <summary>
    /// Called on the worker thread with each processed document, for work that should run in parallel (a
    /// near-duplicate signature); the value is delivered as <see cref="RunItem.Extra"/>.
    /// </summary>
    public Func<Document, object?>? Finish { get; init; }

    /// <summary>Called on the consumer's thread (inside the enumeration) every <see cref="RunnerOptions.ProgressInterval"/>, and once at the end.</summary>
    public Action<RunProgress>? Progress { get; init; }

    /// <summary>
    /// Called on the consumer's thread when no result has been ready for <see cref="RunnerOptions.IdleInterval"/>
    /// (an ingest commits its partial batch while a slow document holds the next result back).
    /// </summary>
    public Action? Idle { get; init; }
}
