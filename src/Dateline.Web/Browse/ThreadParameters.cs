using Microsoft.AspNetCore.Mvc;

namespace Dateline.Web.Browse;

/// <summary>The query parameters of a thread list, bound as strings so that a malformed one becomes a clear message, not a bare 400.</summary>
public sealed record ThreadParameters
{
    /// <summary>An entity the thread's articles name ("Boris Johnson", or "Johnson"): its whole name, last or first word.</summary>
    [FromQuery(Name = "entity")]
    public string? Entity { get; init; }

    /// <summary>Threads with an article published on or after: yyyy, yyyy-MM or yyyy-MM-dd.</summary>
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>Threads with an article published on or before: yyyy, yyyy-MM or yyyy-MM-dd (a year or month means all of it).</summary>
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    /// <summary>Threads per page, 1 to 100 (default 20).</summary>
    [FromQuery(Name = "limit")]
    public string? Limit { get; init; }

    /// <summary>How many threads of the list to skip, from 0 (default): the next page starts at offset + limit.</summary>
    [FromQuery(Name = "offset")]
    public string? Offset { get; init; }
}
