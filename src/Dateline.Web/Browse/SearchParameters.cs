using Microsoft.AspNetCore.Mvc;

namespace Dateline.Web.Browse;

/// <summary>The query parameters of a search, bound as strings so that a malformed one becomes a clear message, not a bare 400.</summary>
public sealed record SearchParameters
{
    /// <summary>Words to find; "quoted phrases", word* prefixes and AND/OR/NOT work (with raw=true, FTS5 syntax as is).</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    /// <summary>Published on or after: yyyy, yyyy-MM or yyyy-MM-dd.</summary>
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>Published on or before: yyyy, yyyy-MM or yyyy-MM-dd.</summary>
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    /// <summary>Only articles mentioning this entity (a name, or a surname).</summary>
    [FromQuery(Name = "entity")]
    public string? Entity { get; init; }

    /// <summary>Only articles mentioning an entity of this type: PERSON, ORG, GPE, LOC, NORP, MISC.</summary>
    [FromQuery(Name = "type")]
    public string? Type { get; init; }

    /// <summary>Only articles from this source (site name or host).</summary>
    [FromQuery(Name = "source")]
    public string? Source { get; init; }

    /// <summary>Only articles stating an event of this PLOVER type (ASSAULT, PROTEST …; any case).</summary>
    [FromQuery(Name = "event")]
    public string? Event { get; init; }

    /// <summary>relevance (default; newest first without search words), newest or oldest.</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Page number, from 1 (at most 50 without a cursor; with one it only numbers the page).</summary>
    [FromQuery(Name = "page")]
    public string? Page { get; init; }

    /// <summary>A cursor from a previous response's next: the results after that page, as deep as they go.</summary>
    [FromQuery(Name = "after")]
    public string? After { get; init; }

    /// <summary>true: pass q to the full-text engine unchanged (NEAR, column filters).</summary>
    [FromQuery(Name = "raw")]
    public string? Raw { get; init; }
}
