namespace Dateline.Core.Running;

/// <summary>A snapshot of a run: inputs read, outcomes delivered, documents in flight and the slowest of them.</summary>
public sealed record RunProgress(long Read, long Succeeded, long Failed, long Skipped, int InFlight, TimeSpan Elapsed)
{
    /// <summary>Outcomes delivered so far.</summary>
    public long Done => Succeeded + Failed + Skipped;

    /// <summary>Outcomes per second since the start.</summary>
    public double Rate => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;

    /// <summary>The document that has been processing longest, when one is in flight.</summary>
    public string? Slowest { get; init; }

    /// <summary>How long <see cref="Slowest"/> has been processing.</summary>
    public TimeSpan SlowestFor { get; init; }

    /// <summary>True when every input has been read and delivered.</summary>
    public bool Finished { get; init; }
}
