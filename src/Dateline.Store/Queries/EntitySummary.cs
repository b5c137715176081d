namespace Dateline.Store.Queries;

/// <summary>A collection-wide entity: its canonical name and type, and how often the collection mentions it.</summary>
public sealed record EntitySummary(long Id, string Name, string Label, long Articles, long Mentions)
{
    public string? Country { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }
}
