namespace Dateline.Core.Layers;

/// <summary>The physical kind of a stored field: what a store's column type must hold.</summary>
public enum StoredFieldKind
{
    Text,
    Integer,
    Real,

    /// <summary>The key of a collection-wide entity (a whole number that references the store's entities).</summary>
    EntityKey,
}
