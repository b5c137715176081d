using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Dateline.Language.Entities;

/// <summary>
/// Word classes for recognizer features, keyed by the lower-cased word: a 16-bit hierarchical path (prefixes are
/// coarser classes, as with Brown clusters) and a flat cluster id. Built by the training project's ClusterBuilder.
/// </summary>
public sealed class WordClusters
{
    private readonly Dictionary<ulong, uint> _classes;

    internal WordClusters(Dictionary<ulong, uint> classes)
    {
        _classes = classes;
    }

    public static WordClusters Empty { get; } = new([]);

    public int Count => _classes.Count;

    /// <summary>(path &lt;&lt; 16) | (flat + 1), or 0 for an unknown word.</summary>
    internal uint Lookup(ulong lowerHash) => _classes.TryGetValue(lowerHash, out var c) ? c : 0;

    internal void Write(BinaryWriter writer)
    {
        writer.Write(_classes.Count);
        foreach (var (key, value) in _classes.OrderBy(e => e.Key))
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    internal static WordClusters Read(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        var classes = new Dictionary<ulong, uint>(count);
        ModelFile.ReadRecords(reader, count, 12, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (entry, _) => classes[BinaryPrimitives.ReadUInt64LittleEndian(entry)] = BinaryPrimitives.ReadUInt32LittleEndian(entry[8..]));

        return new WordClusters(classes);
    }
}
