namespace Dateline.Store.Queries;

/// <summary>A collection-wide entity and how many of the articles in question mention it.</summary>
public sealed record EntityFacet(long Id, string Name, string Label, long Count);
