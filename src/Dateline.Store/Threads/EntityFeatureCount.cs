namespace Dateline.Store.Threads;

/// <summary>An entity feature of an article (its key, <see cref="ThreadAssigner"/>) and the number of mentions it weighs with (<see cref="ThreadPersons"/>).</summary>
internal readonly record struct EntityFeatureCount(string Key, int Count);
