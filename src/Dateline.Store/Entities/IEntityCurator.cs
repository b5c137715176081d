namespace Dateline.Store.Entities;

/// <summary>
/// A curator's corrections to the collection's entities. Each is recorded by resolution key (so it holds for articles
/// ingested later and survives re-resolution), commits whole, and can be undone: a merge by splitting the name out
/// again, a split by merging back, a rename by renaming.
/// </summary>
public interface IEntityCurator
{
    /// <summary>Every article entity of <paramref name="entityId"/> joins <paramref name="intoEntityId"/>, now and for later articles.</summary>
    /// <exception cref="KeyNotFoundException">No entity has one of the ids.</exception>
    /// <exception cref="ArgumentException">The two ids are the same.</exception>
    EntityCurationResult Merge(long entityId, long intoEntityId);

    /// <summary>The article entities named <paramref name="name"/> that joined <paramref name="entityId"/> resolve to their own entity again.</summary>
    /// <exception cref="KeyNotFoundException">No entity has the id.</exception>
    /// <exception cref="ArgumentException">The entity has no such name, or it is the name the entity is resolved by.</exception>
    EntityCurationResult Split(long entityId, string name);

    /// <summary>The entity is shown as <paramref name="name"/>.</summary>
    /// <exception cref="KeyNotFoundException">No entity has the id.</exception>
    EntityCurationResult Rename(long entityId, string name);

    /// <summary>Every curation recorded, oldest first.</summary>
    IReadOnlyList<EntityCuration> Curations();
}
