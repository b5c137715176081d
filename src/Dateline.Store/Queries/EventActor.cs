namespace Dateline.Store.Queries;

/// <summary>
/// A participant of a stored event: the collection-wide entity (<see cref="Id"/> and its canonical name, type, country
/// and coordinates), or, for an actor without a name, only the words that name it (<see cref="Id"/> null).
/// </summary>
public sealed record EventActor(long? Id, string Name)
{
    /// <summary>PERSON, ORG, GPE, LOC, NORP or MISC; null for words that name no entity.</summary>
    public string? Label { get; init; }

    public string? Country { get; init; }

    public double? Latitude { get; init; }

    public double? Longitude { get; init; }
}
