namespace Dateline.Core.Layers.Entities;

/// <summary>A finer kind within a label, where one is told (closed vocabulary; the contract's <c>subtype</c>).</summary>
public enum EntitySubtype
{
    /// <summary>work: a title of a film, book, show, song or painting in quote marks (MISC): “Parasite”, “1917”.</summary>
    Work,
}
