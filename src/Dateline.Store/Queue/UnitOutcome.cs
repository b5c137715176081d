using Dateline.Core.Running;
using Dateline.Store.Ingest;

namespace Dateline.Store.Queue;

/// <summary>One delivery of a unit and what came of it: the ingest's counts when it ran, the error when it failed.</summary>
public sealed record UnitOutcome(WorkUnit Unit, UnitOutcomeKind Kind, long Delivery)
{
    public IngestSummary? Ingest { get; init; }

    public string? Error { get; init; }

    public double Seconds { get; init; }
}
