namespace Dateline.Extraction.Input.Units;

/// <summary>How big the units of a collection are: a page file is always one unit; containers are cut into ranges of pages.</summary>
public sealed record UnitOptions
{
    /// <summary>Pages (HTML responses) of a WARC file per unit: a unit should take a worker a minute or so, not an hour.</summary>
    public int WarcPages { get; init; } = 200;

    /// <summary>Pages (lines) of a JSON Lines file per unit.</summary>
    public int JsonlPages { get; init; } = 500;
}
