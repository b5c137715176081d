namespace Dateline.Store.Entities;

/// <summary>What a curator did to the collection's entities; recorded by resolution key, so it holds for later articles.</summary>
public enum EntityCurationAction
{
    /// <summary>One entity joins another: its names resolve to the other from now on.</summary>
    Merge,

    /// <summary>A name seen under an entity resolves to its own entity again (undoes a rule's or a curator's merge).</summary>
    Split,

    /// <summary>The entity is shown under the curator's name.</summary>
    Rename,
}
