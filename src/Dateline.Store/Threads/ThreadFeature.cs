namespace Dateline.Store.Threads;

/// <summary>A feature of an article before weighting: how much its role counts (entity, title word, body word) and how often it occurs.</summary>
internal readonly record struct ThreadFeature(double Role, int Count);
