namespace Dateline.Language.Entities;

/// <summary>
/// Word classes for recognizer features, keyed by the lower-cased word: a 16-bit hierarchical path (prefixes are
/// coarser classes, as with Brown clusters) and a flat cluster id. Built by the training project's ClusterBuilder.
/// </summary>
public sealed class WordClusters
{
    private readonly KeyTable _classes;

    internal WordClusters(Dictionary<ulong, uint> classes)
        : this(KeyTable.Of(classes))
    {
    }

    private WordClusters(KeyTable classes)
    {
        _classes = classes;
    }

    public static WordClusters Empty { get; } = new(KeyTable.Empty);

    public int Count => _classes.Count;

    /// <summary>(path &lt;&lt; 16) | (flat + 1), or 0 for an unknown word.</summary>
    internal uint Lookup(ulong lowerHash) => _classes.TryGetValue(lowerHash, out var c) ? c : 0;

    internal void Write(BinaryWriter writer) => _classes.Write(writer);

    /// <summary>Reads the classes where they lie (<see cref="KeyTable"/>), or in the former record layout.</summary>
    internal static WordClusters Read(BinaryReader reader, bool records = false)
        => new(records ? KeyTable.ReadRecords(reader) : KeyTable.Read(reader));
}
