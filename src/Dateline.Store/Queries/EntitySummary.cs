namespace Dateline.Store.Queries;

/// <summary>A collection-wide entity: its canonical name and type, and how often the collection mentions it.</summary>
public sealed record EntitySummary(long Id, string Name, string Label, long Articles, long Mentions)
{
    public string? Country { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>The names the entity was seen under (its own first when most used), e.g. "United States", "U.S.", "US", "America".</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
}
