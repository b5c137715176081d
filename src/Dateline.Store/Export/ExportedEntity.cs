namespace Dateline.Store.Export;

/// <summary>An article's entity: its collection-wide key, canonical name, type code (PERSON, ORG …), place data and where it is mentioned.</summary>
internal sealed record ExportedEntity(long? Key, string LocalId, string Name, string Label)
{
    public string? Country { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }

    /// <summary>Start offsets of its mentions in the text (UTF-16 code units), in text order.</summary>
    public IReadOnlyList<long> MentionStarts { get; init; } = [];
}
