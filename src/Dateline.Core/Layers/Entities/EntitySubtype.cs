namespace Dateline.Core.Layers.Entities;

/// <summary>A finer kind within a label, where one is told (closed vocabulary; the contract's <c>subtype</c>).</summary>
public enum EntitySubtype
{
    /// <summary>work: a title of a film, book, show, song or painting in quote marks (MISC): “Parasite”, “1917”.</summary>
    Work,

    /// <summary>country: the place is the country itself (GPE), not a place in it — the resolver read the name as one of
    /// its gazetteer's countries or their aliases ("US", "U.S.", "America", "Britain").</summary>
    Country,
}
