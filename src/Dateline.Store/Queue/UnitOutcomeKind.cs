namespace Dateline.Store.Queue;

/// <summary>What a worker did with one delivery of a unit.</summary>
public enum UnitOutcomeKind
{
    /// <summary>Every page of the unit was stored or recorded as a failure, committed, then the unit was acknowledged.</summary>
    Done,

    /// <summary>The unit failed (the message says why) and was handed back to be retried after the retry delay.</summary>
    Retried,

    /// <summary>The unit failed on its last allowed delivery: a dead-letter row records it, and it will not be delivered again.</summary>
    Dead,

    /// <summary>The worker was stopped and the unit did not finish within the grace period: handed back at once.</summary>
    Released,

    /// <summary>A second message for a unit already done or dead (an enqueue that raced a worker): acknowledged, nothing run.</summary>
    AlreadyFinished,
}
