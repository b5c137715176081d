using System.Numerics;
using System.Text;
using Dateline.Language.Entities;

namespace Dateline.Language.Tagging;

/// <summary>
/// The part-of-speech model: averaged-perceptron weights, sparse per feature (each feature keeps only the tags it has a
/// weight for), in an open-addressing table keyed by the feature hash; and the tag dictionary, words so frequent and
/// unambiguous in the training data that they are tagged without scoring ("the" → DT). The file (format 2) holds the
/// table as it lies in memory, so loading reads it where it lies instead of building it (start-up, issue 20).
/// </summary>
public sealed class PosModel
{
    /// <summary>"POS1", little-endian: the dictionary and a record per feature (read, never written).</summary>
    internal const uint MagicRecords = 0x31534f50;

    /// <summary>"POS2", little-endian: the dictionary and the open-addressing table as it lies in memory.</summary>
    internal const uint Magic = 0x32534f50;

    private readonly ModelArray<ulong> _keys;
    private readonly ModelArray<int> _rowStart;
    private readonly ModelArray<byte> _rowLength;
    private readonly ModelArray<byte> _tags;
    private readonly ModelArray<float> _weights;
    private readonly int _mask;
    /// <summary>The dictionary of words with one tag, as a table whose lookups can be prefetched (the tagger's per-sentence path).</summary>
    private readonly WordTagTable _table;

    internal PosModel(IReadOnlyDictionary<string, PartOfSpeech> dictionary, IReadOnlyList<(ulong Feature, (PartOfSpeech Tag, float Weight)[] Row)> rows)
    {
        _table = new WordTagTable(dictionary);
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rows.Count * 2));
        _mask = capacity - 1;
        var keys = new ulong[capacity];
        var rowStart = new int[capacity];
        var rowLength = new byte[capacity];
        var tags = new byte[rows.Sum(r => r.Row.Length)];
        var weights = new float[tags.Length];
        int at = 0;
        foreach (var (feature, row) in rows)
        {
            int slot = Slot(keys, _mask, feature);
            keys[slot] = feature;
            rowStart[slot] = at;
            rowLength[slot] = checked((byte)row.Length);
            foreach (var (tag, weight) in row)
            {
                tags[at] = (byte)tag;
                weights[at++] = weight;
            }
        }

        _keys = ModelArray<ulong>.Build(capacity, t => keys.CopyTo(t));
        _rowStart = ModelArray<int>.Build(capacity, t => rowStart.CopyTo(t));
        _rowLength = ModelArray<byte>.Build(capacity, t => rowLength.CopyTo(t));
        _tags = ModelArray<byte>.Build(tags.Length, t => tags.CopyTo(t));
        _weights = ModelArray<float>.Build(weights.Length, t => weights.CopyTo(t));
        FeatureCount = rows.Count;
    }

    private PosModel(Dictionary<string, PartOfSpeech> dictionary, int featureCount, ModelArray<ulong> keys, ModelArray<int> rowStart, ModelArray<byte> rowLength, ModelArray<byte> tags, ModelArray<float> weights)
    {
        _table = new WordTagTable(dictionary);
        _mask = keys.Length - 1;
        (_keys, _rowStart, _rowLength, _tags, _weights) = (keys, rowStart, rowLength, tags, weights);
        FeatureCount = featureCount;
    }

    /// <summary>Number of tags scored (every <see cref="PartOfSpeech"/>).</summary>
    public static int TagCount { get; } = Enum.GetValues<PartOfSpeech>().Length;

    public int FeatureCount { get; }

    public int DictionarySize => _table.Count;

    /// <summary>The tag of a word in the tag dictionary (exact form), if it has one.</summary>
    public bool TryDictionary(ReadOnlySpan<char> word, out PartOfSpeech tag) => _table.TryGetValue(word, out tag);

    /// <summary>The dictionary's answer for a word of <see cref="DictionaryHash"/> <paramref name="hash"/> (after <see cref="PrefetchDictionary"/>).</summary>
    internal bool TryDictionary(ReadOnlySpan<char> word, uint hash, out PartOfSpeech tag) => _table.TryGetValue(word, hash, out tag);

    internal static uint DictionaryHash(ReadOnlySpan<char> word) => WordTagTable.HashOf(word);

    /// <summary>Starts loading a word's dictionary entry; <paramref name="found"/>: its characters, once the entry is loaded.</summary>
    internal void PrefetchDictionary(uint hash, bool found)
    {
        if (found)
        {
            _table.PrefetchFound(hash);
        }
        else
        {
            _table.Prefetch(hash);
        }
    }

    /// <summary>
    /// The best tag for the features (ties to the lower tag number). The table's reads are mostly cache misses (the
    /// other stages evict it between sentences), so they are issued together: every feature's key, row start and
    /// length are prefetched before the first probe, then every found row's tags and weights before the first sum
    /// (bench/README.md, "The tagger's reads prefetched"); the rows are summed in feature order, as before.
    /// </summary>
    public PartOfSpeech Predict(ReadOnlySpan<ulong> features)
    {
        Span<float> scores = stackalloc float[TagCount];
        scores.Clear();
        ReadOnlySpan<ulong> keys = _keys.Span;
        ReadOnlySpan<int> rowStart = _rowStart.Span;
        ReadOnlySpan<byte> rowLength = _rowLength.Span, tags = _tags.Span;
        ReadOnlySpan<float> weights = _weights.Span;
        foreach (ulong f in features)
        {
            int slot = (int)(f & (ulong)_mask);
            _keys.Prefetch(slot);
            _rowStart.Prefetch(slot);
            _rowLength.Prefetch(slot);
        }

        Span<int> found = features.Length <= 64 ? stackalloc int[features.Length] : new int[features.Length];
        int hits = 0;
        foreach (ulong f in features)
        {
            int slot = (int)(f & (ulong)_mask);
            // a table read from a file visits each slot at most once: a broken file cannot loop
            for (int probes = 0; probes < keys.Length; probes++)
            {
                ulong k = keys[slot];
                if (k == f)
                {
                    found[hits++] = slot;
                    int start = rowStart[slot];
                    _tags.Prefetch(start);
                    _weights.Prefetch(start);
                    break;
                }

                if (k == 0)
                {
                    break;
                }

                slot = (slot + 1) & _mask;
            }
        }

        foreach (int slot in found[..hits])
        {
            int start = rowStart[slot], end = start + rowLength[slot];
            for (int j = start; j < end; j++)
            {
                scores[tags[j]] += weights[j];
            }
        }

        return Best(scores);
    }

    /// <summary>The tag of the highest score, ties to the lower tag number; training decides by it too.</summary>
    internal static PartOfSpeech Best(ReadOnlySpan<float> scores)
    {
        int best = 0;
        for (int t = 1; t < scores.Length; t++)
        {
            if (scores[t] > scores[best])
            {
                best = t;
            }
        }

        return (PartOfSpeech)best;
    }

    public static PosModel Load(Stream stream) => ModelFile.Read(stream, (reader, magic) =>
    {
        if (magic is not (Magic or MagicRecords))
        {
            throw new InvalidDataException("not a part-of-speech model file");
        }

        int tagCount = reader.ReadInt32();
        if (tagCount > TagCount)
        {
            throw new InvalidDataException($"the model has {tagCount} tags, this build knows {TagCount}");
        }

        int words = reader.ReadInt32();
        var dictionary = new Dictionary<string, PartOfSpeech>(words, StringComparer.Ordinal);
        for (int i = 0; i < words; i++)
        {
            var word = reader.ReadString();
            dictionary[word] = (PartOfSpeech)reader.ReadByte();
        }

        return magic == Magic ? ReadTable(reader, dictionary) : ReadRecords(reader, dictionary);
    });

    /// <summary>Format 2: the table where it lies, checked once so that no lookup can read outside it.</summary>
    private static PosModel ReadTable(BinaryReader reader, Dictionary<string, PartOfSpeech> dictionary)
    {
        int features = reader.ReadInt32();
        int capacity = reader.ReadInt32();
        int weightCount = reader.ReadInt32();
        if (capacity < 16 || !BitOperations.IsPow2(capacity) || features < 0 || features >= capacity || weightCount < 0)
        {
            throw new InvalidDataException("the part-of-speech table's sizes are broken");
        }

        var keys = ModelFile.Take<ulong>(reader, capacity);
        var rowStart = ModelFile.Take<int>(reader, capacity);
        var rowLength = ModelFile.Take<byte>(reader, capacity);
        var tags = ModelFile.Take<byte>(reader, weightCount);
        var weights = ModelFile.Take<float>(reader, weightCount);
        var starts = rowStart.Span;
        var lengths = rowLength.Span;
        for (int slot = 0; slot < capacity; slot++)
        {
            if (starts[slot] < 0 || (long)starts[slot] + lengths[slot] > weightCount)
            {
                throw new InvalidDataException("a part-of-speech table row lies outside the weights");
            }
        }

        if (tags.Span.IndexOfAnyInRange((byte)TagCount, byte.MaxValue) >= 0)
        {
            throw new InvalidDataException("a part-of-speech table row names an unknown tag");
        }

        return new PosModel(dictionary, features, keys, rowStart, rowLength, tags, weights);
    }

    /// <summary>Format 1 (written before): a record per feature, the table built here.</summary>
    private static PosModel ReadRecords(BinaryReader reader, Dictionary<string, PartOfSpeech> dictionary)
    {
        int features = reader.ReadInt32();
        var rows = new List<(ulong, (PartOfSpeech, float)[])>(features);
        for (int i = 0; i < features; i++)
        {
            ulong key = reader.ReadUInt64();
            var row = new (PartOfSpeech, float)[reader.ReadByte()];
            for (int j = 0; j < row.Length; j++)
            {
                row[j] = ((PartOfSpeech)reader.ReadByte(), reader.ReadSingle());
            }

            rows.Add((key, row));
        }

        return new PosModel(dictionary, rows);
    }

    public static PosModel Load(string path) => ModelFile.Read(path, Load);

    /// <summary>Writes the model (format 2): magic, tag count, the dictionary sorted by word, then the table as it lies in memory (a byte-stable file for a given training: slots follow from the keys in training's order).</summary>
    internal void Write(BinaryWriter writer)
    {
        writer.Write(Magic);
        writer.Write(TagCount);
        writer.Write(_table.Count);
        foreach (var (word, tag) in _table.Words().OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write((byte)tag);
        }

        writer.Write(FeatureCount);
        writer.Write(_keys.Length);
        writer.Write(_weights.Length);
        ModelFile.WriteArray(writer, _keys.Span);
        ModelFile.WriteArray(writer, _rowStart.Span);
        ModelFile.WriteArray(writer, _rowLength.Span);
        ModelFile.WriteArray(writer, _tags.Span);
        ModelFile.WriteArray(writer, _weights.Span);
    }

    public void Save(string path) => ModelFile.Write(path, Write);

    public string Sha256() => ModelFile.Sha256(Write);

    private static int Slot(ulong[] keys, int mask, ulong feature)
    {
        if (feature == 0)
        {
            throw new ArgumentException("feature hash 0 is the empty slot", nameof(feature));
        }

        int slot = (int)(feature & (ulong)mask);
        while (keys[slot] != 0 && keys[slot] != feature)
        {
            slot = (slot + 1) & mask;
        }

        return slot;
    }
}
