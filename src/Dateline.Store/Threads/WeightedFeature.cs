namespace Dateline.Store.Threads;

/// <summary>A feature with its weight in the article's unit-length vector.</summary>
internal readonly record struct WeightedFeature(string Key, double Weight);
