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

    private readonly int[] _rowOf;
    private readonly float[] _rows;
    private readonly float[] _transitions;
    private readonly int _mask;

    internal NerModel(IReadOnlyList<string> types, int bits, int[] rowOf, float[] rows, float[] transitions, Lexicon lexicon, WordClusters clusters)
    {
        Types = types;
        Bits = bits;
        _rowOf = rowOf;
        _rows = rows;
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
                int row = _rowOf[(int)(scratch.Features[start + f] & (ulong)_mask)];
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
        var bucketOfRow = new int[rowCount];
        for (int b = 0; b < _rowOf.Length; b++)
        {
            if (_rowOf[b] >= 0)
            {
                bucketOfRow[_rowOf[b]] = b;
            }
        }

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
