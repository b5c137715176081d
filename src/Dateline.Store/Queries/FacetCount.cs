namespace Dateline.Store.Queries;

/// <summary>One value of a facet (a source, an entity type, a month) and how many matching articles have it.</summary>
public sealed record FacetCount(string Value, long Count);
