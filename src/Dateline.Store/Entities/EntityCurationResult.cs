namespace Dateline.Store.Entities;

/// <summary>What a curation changed: the entity that now holds the names, and how many article entities moved.</summary>
public sealed record EntityCurationResult(long EntityId, string Name, int ArticleEntitiesMoved);
