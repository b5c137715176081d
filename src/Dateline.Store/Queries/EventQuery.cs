namespace Dateline.Store.Queries;

/// <summary>Which stored events to list (the <c>events</c> layer). Every given filter must hold.</summary>
public sealed record EventQuery
{
    /// <summary>Only events of this PLOVER type, as the layer stores it (upper case: "ASSAULT").</summary>
    public string? Type { get; init; }

    /// <summary>Only events in this mode: asserted, negated or hypothetical.</summary>
    public string? Mode { get; init; }

    /// <summary>A name of the actor who acts ("Israel", "police"): the resolved entity by any of its names, else the words naming the actor.</summary>
    public string? Source { get; init; }

    /// <summary>A name of the actor acted on, matched as <see cref="Source"/> is.</summary>
    public string? Target { get; init; }

    /// <summary>A name of an actor on either side.</summary>
    public string? Entity { get; init; }

    /// <summary>Only events whose source is this collection-wide entity.</summary>
    public long? SourceId { get; init; }

    /// <summary>Only events whose target is this collection-wide entity.</summary>
    public long? TargetId { get; init; }

    /// <summary>Only events dated on or after this day: yyyy, yyyy-MM or yyyy-MM-dd.</summary>
    public string? From { get; init; }

    /// <summary>Only events dated on or before this day (a year or month means all of it).</summary>
    public string? To { get; init; }

    public int Limit { get; init; } = 20;

    public int Offset { get; init; }
}
