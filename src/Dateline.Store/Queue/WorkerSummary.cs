namespace Dateline.Store.Queue;

/// <summary>What one worker did until it stopped: units finished, articles stored and failures recorded in them, units retried, given up and handed back.</summary>
public sealed record WorkerSummary(int UnitsDone, long Stored, long Failed, int Retried, int Dead, int Released)
{
    public static WorkerSummary None { get; } = new(0, 0, 0, 0, 0, 0);

    public WorkerSummary Add(UnitOutcome outcome) => outcome.Kind switch
    {
        UnitOutcomeKind.Done => this with { UnitsDone = UnitsDone + 1, Stored = Stored + (outcome.Ingest?.Stored ?? 0), Failed = Failed + (outcome.Ingest?.Failed ?? 0) },
        UnitOutcomeKind.Retried => this with { Retried = Retried + 1 },
        UnitOutcomeKind.Dead => this with { Dead = Dead + 1 },
        UnitOutcomeKind.Released => this with { Released = Released + 1 },
        _ => this,
    };
}
