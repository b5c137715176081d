using System.IO.Compression;
using System.Security.Cryptography;

namespace Dateline.Language.Entities;

/// <summary>
/// A trained linear-chain tagger (averaged structured perceptron): hashed feature rows of per-label weights, label
/// transition weights, and the gazetteer and word clusters its features read. Labels are IOB2 over
/// <see cref="Types"/>: 0 = O, 1 + 2t = B-type, 2 + 2t = I-type. Immutable and thread-safe.
/// </summary>
public sealed class NerModel
{
    private const int FormatVersion = 1;
    private const uint Magic = 0x4e4c4444; // "DDLN"

    // Bucket → row as a small open-addressing table ([bucket + 1, row] pairs): a 2^bits array would cost a cache miss per feature.
    private readonly int[] _slots;
    private readonly int _slotMask;
    private readonly int[] _bucketOfRow;
    private readonly float[] _rows;
    private readonly float[] _transitions;
    private readonly int _mask;

    internal NerModel(IReadOnlyList<string> types, int bits, int[] rowOf, float[] rows, float[] transitions, Lexicon lexicon, WordClusters clusters)
    {
        Types = types;
        Bits = bits;
        _rows = rows;
        int rowCount = rows.Length / (1 + (2 * types.Count));
        _bucketOfRow = new int[rowCount];
        int capacity = 1024;
        while (capacity < rowCount * 2)
        {
            capacity *= 2;
        }

        _slots = new int[capacity * 2];
        _slotMask = capacity - 1;
        for (int b = 0; b < rowOf.Length; b++)
        {
            int row = rowOf[b];
            if (row < 0)
            {
                continue;
            }

            _bucketOfRow[row] = b;
            int slot = Slot(b);
            while (_slots[slot * 2] != 0)
            {
                slot = (slot + 1) & _slotMask;
            }

            _slots[slot * 2] = b + 1;
            _slots[(slot * 2) + 1] = row;
        }

        _transitions = transitions;
        _mask = (1 << bits) - 1;
        LabelCount = 1 + (2 * types.Count);
        Lexicon = lexicon;
        Clusters = clusters;
        Extractor = new FeatureExtractor(lexicon, clusters);
    }

    /// <summary>Entity types the model tags (a place type "LOC" covers countries and cities too; see the recognizer).</summary>
    public IReadOnlyList<string> Types { get; }

    public int Bits { get; }

    public int LabelCount { get; }

    public int FeatureRows => _rows.Length / LabelCount;

    public Lexicon Lexicon { get; }

    public WordClusters Clusters { get; }

    internal FeatureExtractor Extractor { get; }

    /// <summary>Label names, "O", "B-PERSON", "I-PERSON", ….</summary>
    public string LabelName(int label) => label == 0 ? "O" : (label % 2 == 1 ? "B-" : "I-") + Types[(label - 1) / 2];

    /// <summary>Tags one sentence; returns a label index per word.</summary>
    public int[] Tag(string[] words, DocumentContext? document = null)
    {
        var labels = new int[words.Length];
        Tag(words, new FeatureScratch(), labels, document);
        return labels;
    }

    internal void Tag(string[] words, FeatureScratch scratch, int[] labels, DocumentContext? document = null)
    {
        if (words.Length == 0)
        {
            return;
        }

        Extractor.Extract(words, scratch, document);
        Score(words.Length, scratch);
        Viterbi.Decode(scratch.Scores, words.Length, LabelCount, _transitions, scratch, labels);
    }

    /// <summary>Fills scratch.Scores[i * L + y] with the feature weights of each token and label.</summary>
    internal void Score(int n, FeatureScratch scratch)
    {
        int labelCount = LabelCount;
        scratch.EnsureLattice(n, labelCount);
        var scores = scratch.Scores;
        Array.Clear(scores, 0, n * labelCount);
        for (int i = 0; i < n; i++)
        {
            var target = scores.AsSpan(i * labelCount, labelCount);
            int start = i * FeatureExtractor.MaxFeaturesPerToken;
            int count = scratch.Counts[i];
            for (int f = 0; f < count; f++)
            {
                int row = RowOf((int)(scratch.Features[start + f] & (ulong)_mask));
                if (row < 0)
                {
                    continue;
                }

                var weights = _rows.AsSpan(row * labelCount, labelCount);
                for (int y = 0; y < weights.Length; y++)
                {
                    target[y] += weights[y];
                }
            }
        }
    }

    /// <summary>
    /// The mean of models trained with different shuffles of the same data (same types, bits, gazetteer and
    /// clusters): a cheap ensemble in one linear model.
    /// </summary>
    public static NerModel Average(IReadOnlyList<NerModel> models)
    {
        var first = models[0];
        if (models.Any(m => m.Bits != first.Bits || !m.Types.SequenceEqual(first.Types)))
        {
            throw new ArgumentException("models differ in types or feature bits", nameof(models));
        }

        int labelCount = first.LabelCount;
        var rowOf = new int[1 << first.Bits];
        Array.Fill(rowOf, -1);
        var buckets = models.SelectMany(m => m._bucketOfRow).Distinct().Order().ToArray();
        var rows = new float[buckets.Length * labelCount];
        for (int r = 0; r < buckets.Length; r++)
        {
            rowOf[buckets[r]] = r;
            foreach (var m in models)
            {
                int row = m.RowOf(buckets[r]);
                if (row < 0)
                {
                    continue;
                }

                for (int y = 0; y < labelCount; y++)
                {
                    rows[(r * labelCount) + y] += m._rows[(row * labelCount) + y] / models.Count;
                }
            }

            for (int y = 0; y < labelCount; y++)
            {
                rows[(r * labelCount) + y] = (float)(Half)rows[(r * labelCount) + y];
            }
        }

        var transitions = new float[first._transitions.Length];
        for (int i = 0; i < transitions.Length; i++)
        {
            transitions[i] = models.Sum(m => m._transitions[i]) / models.Count;
        }

        return new NerModel(first.Types, first.Bits, rowOf, rows, transitions, first.Lexicon, first.Clusters);
    }

    private int Slot(int bucket) => (int)((uint)(bucket * -1640531535) >> 8) & _slotMask;

    private int RowOf(int bucket)
    {
        int slot = Slot(bucket);
        while (true)
        {
            int key = _slots[slot * 2];
            if (key == bucket + 1)
            {
                return _slots[(slot * 2) + 1];
            }

            if (key == 0)
            {
                return -1;
            }

            slot = (slot + 1) & _slotMask;
        }
    }

    /// <summary>SHA-256 of the saved model bytes (before compression): the reproducibility check.</summary>
    public string WeightsHash()
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            WriteBody(writer);
        }

        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    public void Save(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new BinaryWriter(gzip);
        WriteBody(writer);
    }

    public static NerModel Load(string path)
    {
        using var file = File.OpenRead(path);
        return Load(file);
    }

    public static NerModel Load(Stream stream)
    {
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var buffered = new BufferedStream(gzip, 1 << 16);
        using var reader = new BinaryReader(buffered);
        if (reader.ReadUInt32() != Magic || reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("not a Dateline NER model (or a different format version)");
        }

        int typeCount = reader.ReadInt32();
        var types = new string[typeCount];
        for (int t = 0; t < typeCount; t++)
        {
            types[t] = reader.ReadString();
        }

        int bits = reader.ReadInt32();
        int labelCount = 1 + (2 * typeCount);
        var transitions = new float[(labelCount + 1) * labelCount];
        for (int i = 0; i < transitions.Length; i++)
        {
            transitions[i] = reader.ReadSingle();
        }

        int rowCount = reader.ReadInt32();
        var rowOf = new int[1 << bits];
        Array.Fill(rowOf, -1);
        var rows = new float[rowCount * labelCount];
        for (int r = 0; r < rowCount; r++)
        {
            rowOf[reader.ReadInt32()] = r;
            for (int y = 0; y < labelCount; y++)
            {
                rows[(r * labelCount) + y] = (float)reader.ReadHalf();
            }
        }

        var lexicon = Lexicon.Read(reader);
        var clusters = WordClusters.Read(reader);
        return new NerModel(types, bits, rowOf, rows, transitions, lexicon, clusters);
    }

    private void WriteBody(BinaryWriter writer)
    {
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write(Types.Count);
        foreach (var t in Types)
        {
            writer.Write(t);
        }

        writer.Write(Bits);
        foreach (var x in _transitions)
        {
            writer.Write(x);
        }

        int rowCount = FeatureRows;
        writer.Write(rowCount);
        var bucketOfRow = _bucketOfRow;
        for (int r = 0; r < rowCount; r++)
        {
            writer.Write(bucketOfRow[r]);
            for (int y = 0; y < LabelCount; y++)
            {
                writer.Write((Half)_rows[(r * LabelCount) + y]);
            }
        }

        Lexicon.Write(writer);
        Clusters.Write(writer);
    }
}
