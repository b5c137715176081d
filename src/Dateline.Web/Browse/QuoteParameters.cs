using Microsoft.AspNetCore.Mvc;

namespace Dateline.Web.Browse;

/// <summary>The query parameters of a quote list, bound as strings so that a malformed one becomes a clear message, not a bare 400.</summary>
public sealed record QuoteParameters
{
    /// <summary>A speaker's name or part of it ("Putin"): the resolved speaker, or the words naming the speaker.</summary>
    [FromQuery(Name = "speaker")]
    public string? Speaker { get; init; }

    /// <summary>Words the quote contains (case-insensitive, as a phrase).</summary>
    [FromQuery(Name = "q")]
    public string? Q { get; init; }

    /// <summary>direct (whole quoted sentences), mixed (quoted fragments), indirect (reported speech) or all. The page shows direct quotes unless told; the API lists all.</summary>
    [FromQuery(Name = "kind")]
    public string? Kind { get; init; }

    /// <summary>Only quotes from this outlet: a site name or host.</summary>
    [FromQuery(Name = "source")]
    public string? Source { get; init; }

    /// <summary>Published on or after: yyyy, yyyy-MM or yyyy-MM-dd.</summary>
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>Published on or before: yyyy, yyyy-MM or yyyy-MM-dd (a year or month means all of it).</summary>
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    /// <summary>newest (default), oldest, or speaker (A to Z).</summary>
    [FromQuery(Name = "sort")]
    public string? Sort { get; init; }

    /// <summary>Page number, from 1.</summary>
    [FromQuery(Name = "page")]
    public string? Page { get; init; }
}
