using System.Numerics;
using System.Text;
using Dateline.Language.Entities;

namespace Dateline.Language.Tagging;

/// <summary>
/// The part-of-speech model: averaged-perceptron weights, sparse per feature (each feature keeps only the tags it has a
/// weight for), in an open-addressing table keyed by the feature hash; and the tag dictionary, words so frequent and
/// unambiguous in the training data that they are tagged without scoring ("the" → DT).
/// </summary>
public sealed class PosModel
{
    /// <summary>"POS1", little-endian.</summary>
    internal const uint Magic = 0x31534f50;

    private readonly ulong[] _keys;
    private readonly int[] _rowStart;
    private readonly int[] _rowLength;
    private readonly byte[] _tags;
    private readonly float[] _weights;
    private readonly int _mask;
    private readonly Dictionary<string, PartOfSpeech> _dictionary;
    private readonly Dictionary<string, PartOfSpeech>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    internal PosModel(IReadOnlyDictionary<string, PartOfSpeech> dictionary, IReadOnlyList<(ulong Feature, (PartOfSpeech Tag, float Weight)[] Row)> rows)
    {
        _dictionary = new Dictionary<string, PartOfSpeech>(dictionary, StringComparer.Ordinal);
        _lookup = _dictionary.GetAlternateLookup<ReadOnlySpan<char>>();
        int capacity = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, rows.Count * 2));
        _mask = capacity - 1;
        _keys = new ulong[capacity];
        _rowStart = new int[capacity];
        _rowLength = new int[capacity];
        _tags = new byte[rows.Sum(r => r.Row.Length)];
        _weights = new float[_tags.Length];
        int at = 0;
        foreach (var (feature, row) in rows)
        {
            int slot = Slot(feature);
            _keys[slot] = feature;
            _rowStart[slot] = at;
            _rowLength[slot] = row.Length;
            foreach (var (tag, weight) in row)
            {
                _tags[at] = (byte)tag;
                _weights[at++] = weight;
            }
        }

        FeatureCount = rows.Count;
    }

    /// <summary>Number of tags scored (every <see cref="PartOfSpeech"/>).</summary>
    public static int TagCount { get; } = Enum.GetValues<PartOfSpeech>().Length;

    public int FeatureCount { get; }

    public int DictionarySize => _dictionary.Count;

    /// <summary>The tag of a word in the tag dictionary (exact form), if it has one.</summary>
    public bool TryDictionary(ReadOnlySpan<char> word, out PartOfSpeech tag) => _lookup.TryGetValue(word, out tag);

    /// <summary>The best tag for the features (ties to the lower tag number).</summary>
    public PartOfSpeech Predict(ReadOnlySpan<ulong> features)
    {
        Span<float> scores = stackalloc float[TagCount];
        scores.Clear();
        foreach (ulong f in features)
        {
            int slot = (int)(f & (ulong)_mask);
            while (true)
            {
                ulong k = _keys[slot];
                if (k == f)
                {
                    int s = _rowStart[slot], e = s + _rowLength[slot];
                    for (int j = s; j < e; j++)
                    {
                        scores[_tags[j]] += _weights[j];
                    }

                    break;
                }

                if (k == 0)
                {
                    break;
                }

                slot = (slot + 1) & _mask;
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
        if (magic != Magic)
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
    });

    public static PosModel Load(string path) => ModelFile.Read(path, Load);

    /// <summary>Writes the model: magic, tag count, the dictionary sorted by word, the features sorted by key (a byte-stable file for a given training).</summary>
    internal void Write(BinaryWriter writer)
    {
        writer.Write(Magic);
        writer.Write(TagCount);
        writer.Write(_dictionary.Count);
        foreach (var (word, tag) in _dictionary.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            writer.Write(word);
            writer.Write((byte)tag);
        }

        var slots = Enumerable.Range(0, _keys.Length).Where(s => _keys[s] != 0).OrderBy(s => _keys[s]).ToList();
        writer.Write(slots.Count);
        foreach (int s in slots)
        {
            writer.Write(_keys[s]);
            writer.Write((byte)_rowLength[s]);
            for (int j = _rowStart[s]; j < _rowStart[s] + _rowLength[s]; j++)
            {
                writer.Write(_tags[j]);
                writer.Write(_weights[j]);
            }
        }
    }

    public void Save(string path) => ModelFile.Write(path, Write);

    public string Sha256() => ModelFile.Sha256(Write);

    private int Slot(ulong feature)
    {
        if (feature == 0)
        {
            throw new ArgumentException("feature hash 0 is the empty slot", nameof(feature));
        }

        int slot = (int)(feature & (ulong)_mask);
        while (_keys[slot] != 0 && _keys[slot] != feature)
        {
            slot = (slot + 1) & _mask;
        }

        return slot;
    }
}
