using Microsoft.AspNetCore.Mvc;

namespace Dateline.Web.Browse;

/// <summary>The query parameters of an event list, bound as strings so that a malformed one becomes a clear message, not a bare 400.</summary>
public sealed record EventParameters
{
    /// <summary>A PLOVER event type: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN, PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT (any case).</summary>
    [FromQuery(Name = "type")]
    public string? Type { get; init; }

    /// <summary>asserted, negated or hypothetical.</summary>
    [FromQuery(Name = "mode")]
    public string? Mode { get; init; }

    /// <summary>Who acts: an entity by any of its names (a person also by surname), or words naming an actor without a name ("police").</summary>
    [FromQuery(Name = "source")]
    public string? Source { get; init; }

    /// <summary>Who is acted on, matched as source is.</summary>
    [FromQuery(Name = "target")]
    public string? Target { get; init; }

    /// <summary>An actor on either side, matched as source is.</summary>
    [FromQuery(Name = "entity")]
    public string? Entity { get; init; }

    /// <summary>The event dated on or after: yyyy, yyyy-MM or yyyy-MM-dd.</summary>
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>The event dated on or before: yyyy, yyyy-MM or yyyy-MM-dd (a year or month means all of it).</summary>
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    /// <summary>Page number, from 1.</summary>
    [FromQuery(Name = "page")]
    public string? Page { get; init; }
}
