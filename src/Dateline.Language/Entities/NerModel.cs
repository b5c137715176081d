using System.Buffers.Binary;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Dateline.Language.Entities;

/// <summary>
/// A trained linear-chain tagger (averaged structured perceptron): hashed feature rows of per-label weights, label
/// transition weights, and the gazetteer and word clusters its features read. Labels are IOB2 over
/// <see cref="Types"/>: 0 = O, 1 + 2t = B-type, 2 + 2t = I-type. Immutable and thread-safe.
/// </summary>
public sealed class NerModel
{
    // 3: the weight table as it lies in memory (read without building); 1 and 2: rows as half-float records.
    private const int FormatVersion = 3;
    internal const uint Magic = 0x4e4c4444; // "DDLN"
    private const int HistoryFlag = 1;
    private const int ExtendedFlag = 2;
    private const int BilouFlag = 4;
    private const int PhraseFlag = 8;

    // The weight table (see WeightTable); a member read from an ensemble file builds it from the ensemble's joint
    // table only when it is used on its own (the ensemble scores its members from the joint table).
    private readonly Func<WeightTable>? _build;
    private WeightTable? _weights;
    private readonly float[] _transitions;
    private readonly int _mask;
    private readonly bool[] _allowed;

    /// <param name="bucketOfRow">The feature bucket of each weight row, in row order.</param>
    internal NerModel(IReadOnlyList<string> types, int bits, int[] bucketOfRow, float[] rows, float[] transitions, Lexicon lexicon, WordClusters clusters, bool usesPredictionHistory = false, bool extendedFeatures = false, LabelScheme? scheme = null, bool phraseFeatures = false)
        : this(types, bits, WeightTable.Of(bucketOfRow, rows, (scheme ?? LabelScheme.Iob2).LabelCount(types.Count)), transitions, lexicon, clusters, usesPredictionHistory, extendedFeatures, scheme, phraseFeatures)
    {
    }

    /// <summary>A member of an ensemble file: its table is built from <paramref name="table"/> (bucket of each row, rows labels wide) only when the member is used alone.</summary>
    internal NerModel(IReadOnlyList<string> types, int bits, int rowCount, Func<(int[] BucketOfRow, float[] Rows)> table, float[] transitions, Lexicon lexicon, WordClusters clusters, bool extendedFeatures, LabelScheme scheme, bool phraseFeatures)
        : this(types, bits, null, transitions, lexicon, clusters, usesPredictionHistory: false, extendedFeatures, scheme, phraseFeatures)
    {
        _build = () =>
        {
            var (buckets, rows) = table();
            return WeightTable.Of(buckets, rows, LabelCount);
        };
        FeatureRows = rowCount;
    }

    private NerModel(IReadOnlyList<string> types, int bits, WeightTable? weights, float[] transitions, Lexicon lexicon, WordClusters clusters, bool usesPredictionHistory, bool extendedFeatures, LabelScheme? scheme, bool phraseFeatures)
    {
        Scheme = scheme ?? LabelScheme.Iob2;
        Types = types;
        UsesPredictionHistory = usesPredictionHistory;
        Bits = bits;
        LabelCount = Scheme.LabelCount(types.Count);
        if (weights is not null && weights.RowWidth != WeightTable.WidthOf(LabelCount))
        {
            throw new InvalidDataException("the weight rows do not fit the labels");
        }

        _weights = weights;
        FeatureRows = weights?.RowCount ?? 0;

        _transitions = transitions;
        _mask = (1 << bits) - 1;
        _allowed = Scheme.AllowedTable(LabelCount);
        Lexicon = lexicon;
        Clusters = clusters;
        Extractor = new FeatureExtractor(lexicon, clusters, extendedFeatures, phraseFeatures);
    }

    /// <summary>Entity types the model tags (a place type "LOC" covers countries and cities too; see the recognizer).</summary>
    public IReadOnlyList<string> Types { get; }

    public int Bits { get; }

    /// <summary>A feature hash's bucket: its low <see cref="Bits"/> bits.</summary>
    internal int BucketMask => _mask;

    /// <summary>Whether the model reads the wider feature templates (format 2 and later).</summary>
    public bool UsesExtendedFeatures => Extractor.Extended;

    /// <summary>Whether the model reads the capitalised-phrase templates (see <see cref="FeatureExtractor.Phrases"/>).</summary>
    public bool UsesPhraseFeatures => Extractor.Phrases;

    /// <summary>Whether the model was trained with <see cref="PredictionHistory"/> features (format 2 and later).</summary>
    public bool UsesPredictionHistory { get; }

    public int LabelCount { get; }

    /// <summary>How labels encode entity chunks (IOB2 or BILOU).</summary>
    public LabelScheme Scheme { get; }

    public int FeatureRows { get; }

    /// <summary>Floats per weight row: the labels, padded to whole 4-float vectors.</summary>
    internal int RowWidth => WeightTable.WidthOf(LabelCount);

    /// <summary>Label transition weights (row <see cref="LabelCount"/> is the start).</summary>
    internal float[] Transitions => _transitions;

    // Built at most once per thread that races for it; every build is the same table.
    private WeightTable Weights => _weights ??= _build!();

    public Lexicon Lexicon { get; }

    public WordClusters Clusters { get; }

    internal FeatureExtractor Extractor { get; }

    /// <summary>Label names, "O", "B-PERSON", "I-PERSON", ….</summary>
    public string LabelName(int label) => Scheme.Name(label, Types);

    /// <summary>Tags one sentence; returns a label index per word.</summary>
    public int[] Tag(string[] words, DocumentContext? document = null)
    {
        var labels = new int[words.Length];
        Tag(words, new FeatureScratch(), labels, document);
        return labels;
    }

    /// <summary>Tags one sentence; with a history (sentences in reading order), reads it and then records this sentence.</summary>
    internal void Tag(string[] words, FeatureScratch scratch, int[] labels, DocumentContext? document = null, PredictionHistory? history = null)
    {
        if (words.Length == 0)
        {
            return;
        }

        history = UsesPredictionHistory ? history : null;
        Extractor.Extract(words, scratch, document, history);
        Decode(words.Length, scratch, labels);
        history?.Add(words, scratch.Low.AsSpan(0, words.Length), labels.AsSpan(0, words.Length));
    }

    /// <summary>Labels n words whose features are already in the scratch (an ensemble extracts them once for all members).</summary>
    internal void Decode(int n, FeatureScratch scratch, int[] labels)
    {
        Score(n, scratch);
        Decode(scratch.Scores, n, scratch, labels);
    }

    /// <summary>Labels n words from their scores (scores[i * L + y]), already summed.</summary>
    internal void Decode(float[] scores, int n, FeatureScratch scratch, int[] labels)
        => Viterbi.Decode(scores, n, LabelCount, _transitions, _allowed, Scheme, scratch, labels);

    /// <summary>A history for one document, or null when the model does not read one.</summary>
    public PredictionHistory? NewHistory() => UsesPredictionHistory ? new PredictionHistory(Scheme, Types.Count) : null;

    /// <summary>Fills scratch.Scores[i * L + y] with the feature weights of each token and label.</summary>
    internal void Score(int n, FeatureScratch scratch)
    {
        int labelCount = LabelCount;
        scratch.EnsureLattice(n, labelCount);
        var scores = scratch.Scores;
        var weights = Weights;
        int width = weights.RowWidth;
        Span<float> sum = stackalloc float[width];
        Span<int> found = stackalloc int[FeatureExtractor.MaxFeaturesPerToken];
        ref float table = ref weights.Rows.First;
        for (int i = 0; i < n; i++)
        {
            // Two passes: first find every feature's slot (independent loads the CPU overlaps), then add the rows.
            int start = i * FeatureExtractor.MaxFeaturesPerToken;
            int count = scratch.Counts[i];
            int hits = 0;
            for (int f = 0; f < count; f++)
            {
                int row = weights.RowOf((int)(scratch.Features[start + f] & (ulong)_mask));
                if (row >= 0)
                {
                    found[hits++] = row * width;
                }
            }

            // Each lane adds the rows in feature order, as a row-by-row sum would (the same floats, the same
            // result), but a chunk of the row stays in one register while the rows stream past.
            ref float sumAt = ref MemoryMarshal.GetReference(sum);
            int y = 0;
            for (; y + 8 <= width; y += 8)
            {
                var acc = Vector256<float>.Zero;
                for (int h = 0; h < hits; h++)
                {
                    acc += Vector256.LoadUnsafe(ref table, (nuint)(found[h] + y));
                }

                acc.StoreUnsafe(ref sumAt, (nuint)y);
            }

            for (; y < width; y += 4)
            {
                var acc = Vector128<float>.Zero;
                for (int h = 0; h < hits; h++)
                {
                    acc += Vector128.LoadUnsafe(ref table, (nuint)(found[h] + y));
                }

                acc.StoreUnsafe(ref sumAt, (nuint)y);
            }

            sum[..labelCount].CopyTo(scores.AsSpan(i * labelCount, labelCount));
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

        if (models.Any(m => m.UsesPredictionHistory != first.UsesPredictionHistory || m.UsesExtendedFeatures != first.UsesExtendedFeatures || m.UsesPhraseFeatures != first.UsesPhraseFeatures || m.Scheme != first.Scheme))
        {
            throw new ArgumentException("models differ in their features (prediction history, extended or phrase templates) or label scheme", nameof(models));
        }

        int labelCount = first.LabelCount;
        var buckets = models.SelectMany(m => m.BucketOfRow()).Distinct().Order().ToArray();
        var rows = new float[buckets.Length * labelCount];
        for (int r = 0; r < buckets.Length; r++)
        {
            foreach (var m in models)
            {
                var weights = m.WeightsOf(buckets[r]);
                for (int y = 0; y < weights.Length; y++)
                {
                    rows[(r * labelCount) + y] += weights[y] / models.Count;
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

        return new NerModel(first.Types, first.Bits, buckets, rows, transitions, first.Lexicon, first.Clusters, first.UsesPredictionHistory, first.UsesExtendedFeatures, first.Scheme, first.UsesPhraseFeatures);
    }

    /// <summary>A feature bucket's weights per label (empty when the model has none for it).</summary>
    private ReadOnlySpan<float> WeightsOf(int bucket)
        => Weights.RowOf(bucket) is >= 0 and var row ? Weights.Rows.Span.Slice(row * Weights.RowWidth, LabelCount) : [];

    /// <summary>The weights per label of row <paramref name="row"/> (rows in the order training added them).</summary>
    internal ReadOnlySpan<float> Row(int row) => Weights.Rows.Span.Slice(row * Weights.RowWidth, LabelCount);

    /// <summary>The feature bucket of each row, in row order (the order training added them).</summary>
    internal int[] BucketOfRow()
    {
        var buckets = new int[FeatureRows];
        var slots = Weights.Slots.Span;
        for (int slot = 0; slot < slots.Length; slot += 2)
        {
            if (slots[slot] != 0)
            {
                buckets[slots[slot + 1]] = slots[slot] - 1;
            }
        }

        return buckets;
    }

    /// <summary>SHA-256 of the saved model bytes (before compression): the reproducibility check.</summary>
    public string WeightsHash() => ModelFile.Sha256(WriteBody);

    public void Save(string path) => ModelFile.Write(path, WriteBody);

    public static NerModel Load(string path) => ModelFile.Read(path, Load);

    public static NerModel Load(Stream stream) => ModelFile.Read(stream, (reader, magic) => magic == Magic
        ? ReadAfterMagic(reader, null, null)
        : throw new InvalidDataException("not a Dateline NER model (or a different format version)"));

    /// <summary>
    /// Reads a model whose magic number was just read. The gazetteer and clusters follow the weights unless given
    /// (an ensemble file stores them once for all its members).
    /// </summary>
    internal static NerModel ReadAfterMagic(BinaryReader reader, Lexicon? lexicon, WordClusters? clusters)
    {
        var header = Header.Read(reader);
        WeightTable weights;
        if (header.Version >= 3)
        {
            int slotCount = reader.ReadInt32();
            if (slotCount < 1024 || (slotCount & (slotCount - 1)) != 0 || header.RowCount > slotCount)
            {
                throw new InvalidDataException("the weight table's header is broken");
            }

            int width = WeightTable.WidthOf(header.LabelCount);
            weights = new WeightTable(ModelFile.Take<int>(reader, 2 * slotCount), ModelFile.Take<float>(reader, header.RowCount * width), header.RowCount, width);
        }
        else
        {
            weights = ReadHalfRecords(reader, header.RowCount, header.LabelCount);
        }

        // Format 3 files store the gazetteer and clusters where they lie; earlier ones as records.
        lexicon ??= Lexicon.Read(reader, records: header.Version < 3);
        clusters ??= WordClusters.Read(reader, records: header.Version < 3);
        return new NerModel(header.Types, header.Bits, weights, header.Transitions, lexicon, clusters, (header.Flags & HistoryFlag) != 0, (header.Flags & ExtendedFlag) != 0, header.Scheme, (header.Flags & PhraseFlag) != 0);
    }

    /// <summary>
    /// A member of an ensemble file whose rows are in the ensemble's joint table (written by
    /// <c>WriteWeights(writer, tables: false)</c>); <paramref name="table"/> gives its own rows when it is used alone.
    /// </summary>
    internal static NerModel Member(Header header, Lexicon lexicon, WordClusters clusters, Func<(int[] BucketOfRow, float[] Rows)> table)
    {
        if ((header.Flags & HistoryFlag) != 0)
        {
            throw new InvalidDataException("an ensemble member reads a prediction history");
        }

        return new NerModel(header.Types, header.Bits, header.RowCount, table, header.Transitions, lexicon, clusters, (header.Flags & ExtendedFlag) != 0, header.Scheme, (header.Flags & PhraseFlag) != 0);
    }

    /// <summary>What precedes a model's weight rows: format, flags, types, feature bits, transitions and the row count.</summary>
    internal sealed record Header(int Version, int Flags, string[] Types, int Bits, LabelScheme Scheme, float[] Transitions, int RowCount)
    {
        public int LabelCount => Scheme.LabelCount(Types.Length);

        /// <summary>Reads a header whose magic number was just read.</summary>
        public static Header Read(BinaryReader reader)
        {
            int version = reader.ReadInt32();
            if (version is not (1 or 2 or FormatVersion))
            {
                throw new InvalidDataException("not a Dateline NER model (or a different format version)");
            }

            // Format 2 adds feature flags; format 1 models read no prediction history.
            int flags = version >= 2 ? reader.ReadInt32() : 0;

            int typeCount = reader.ReadInt32();
            if (typeCount is < 1 or > 64)
            {
                throw new InvalidDataException("the model's type count is broken");
            }

            var types = new string[typeCount];
            for (int t = 0; t < typeCount; t++)
            {
                types[t] = reader.ReadString();
            }

            int bits = reader.ReadInt32();
            var scheme = (flags & BilouFlag) != 0 ? LabelScheme.Bilou : LabelScheme.Iob2;
            int labelCount = scheme.LabelCount(typeCount);
            var transitions = new float[(labelCount + 1) * labelCount];
            for (int i = 0; i < transitions.Length; i++)
            {
                transitions[i] = reader.ReadSingle();
            }

            int rowCount = reader.ReadInt32();
            if (rowCount < 0)
            {
                throw new InvalidDataException("the weight table's header is broken");
            }

            return new Header(version, flags, types, bits, scheme, transitions, rowCount);
        }
    }

    /// <summary>Rows of formats 1 and 2: (bucket, half-float weight per label) records, in the order training added them.</summary>
    private static WeightTable ReadHalfRecords(BinaryReader reader, int rowCount, int labelCount)
    {
        var buckets = new int[rowCount];
        var rows = new float[rowCount * labelCount];
        ModelFile.ReadRecords(reader, rowCount, 4 + (2 * labelCount), [MethodImpl(MethodImplOptions.AggressiveOptimization)] (record, r) =>
        {
            buckets[r] = BinaryPrimitives.ReadInt32LittleEndian(record);
            for (int y = 0; y < labelCount; y++)
            {
                rows[(r * labelCount) + y] = (float)BinaryPrimitives.ReadHalfLittleEndian(record[(4 + (2 * y))..]);
            }
        });
        return WeightTable.Of(buckets, rows, labelCount);
    }

    private void WriteBody(BinaryWriter writer)
    {
        WriteWeights(writer);
        WriteFeatureSources(writer);
    }

    /// <summary>The gazetteer and clusters the features read.</summary>
    internal void WriteFeatureSources(BinaryWriter writer)
    {
        Lexicon.Write(writer);
        Clusters.Write(writer);
    }

    /// <summary>
    /// Everything but the gazetteer and clusters: header, transitions and feature rows (without
    /// <paramref name="tables"/>, only their count: an ensemble file stores its members' rows in one joint table).
    /// </summary>
    internal void WriteWeights(BinaryWriter writer, bool tables = true)
    {
        writer.Write(Magic);
        writer.Write(FormatVersion);
        writer.Write((UsesPredictionHistory ? HistoryFlag : 0) | (UsesExtendedFeatures ? ExtendedFlag : 0) | (Scheme.IsBilou ? BilouFlag : 0) | (UsesPhraseFeatures ? PhraseFlag : 0));
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

        writer.Write(FeatureRows);
        if (tables)
        {
            writer.Write(Weights.Slots.Length / 2);
            ModelFile.WriteArray(writer, Weights.Slots.Span);
            ModelFile.WriteArray(writer, Weights.Rows.Span);
        }
    }

    /// <summary>
    /// Bucket → weights as one open-addressing table of slots, each two ints (bucket + 1, 0 when empty; the row),
    /// so a probe reads a slot's key and row together, and beside it the rows of weights in the order they were added
    /// (each padded to whole 4-float vectors with zeros). Saved as it lies in memory, so a model file is read without
    /// building anything and only the rows a text needs are ever paged in. Weights are halves stored as floats: the
    /// trainer rounds them, so scores are the same as from half-float records.
    /// </summary>
    internal sealed class WeightTable(ModelArray<int> slots, ModelArray<float> rows, int rowCount, int rowWidth)
    {
        public ModelArray<int> Slots { get; } = slots;

        public ModelArray<float> Rows { get; } = rows;

        public int RowCount { get; } = rowCount;

        public int RowWidth { get; } = rowWidth;

        public static int WidthOf(int labels) => (labels + 3) / 4 * 4;

        public static int Slot(int bucket, int slotMask) => (int)((uint)(bucket * -1640531535) >> 8) & slotMask;

        /// <summary>
        /// The slot count (a power of two, at least 1024) of a table of <paramref name="keys"/> keys, at most
        /// <paramref name="maxLoadTenths"/> tenths full: 7 for a member's table (probes read the dense slot array, so a
        /// fuller table costs little).
        /// </summary>
        public static int CapacityFor(int keys, int maxLoadTenths = 7)
        {
            int capacity = 1024;
            while (capacity * maxLoadTenths < keys * 10)
            {
                capacity *= 2;
            }

            return capacity;
        }

        /// <summary>The row holding a feature bucket's weights, or -1 when the table has none for it.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public int RowOf(int bucket) => RowOf(Slots, bucket, RowCount);

        /// <summary>The value (row) of <paramref name="bucket"/> in a slot array of (bucket + 1, row) pairs, or -1.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public static int RowOf(ModelArray<int> slotArray, int bucket, int rowCount)
        {
            ref int slots = ref slotArray.First;
            int slotMask = (slotArray.Length / 2) - 1;
            int slot = Slot(bucket, slotMask);
            for (int probes = 0; probes <= slotMask; probes++, slot = (slot + 1) & slotMask)
            {
                int key = Unsafe.Add(ref slots, 2 * slot);
                if (key == bucket + 1)
                {
                    int row = Unsafe.Add(ref slots, (2 * slot) + 1);
                    return (uint)row < (uint)rowCount ? row : throw new InvalidDataException("a weight slot points outside the rows");
                }

                if (key == 0)
                {
                    return -1;
                }
            }

            // Every slot full (a broken file; a saved table is at most 0.7 full): the bucket is not there.
            return -1;
        }

        /// <summary>Slots (bucket + 1, row) for the given buckets, row = their index, inserted in that order.</summary>
        public static ModelArray<int> SlotsOf(IReadOnlyList<int> buckets)
        {
            int capacity = CapacityFor(buckets.Count);
            return ModelArray<int>.Build(2 * capacity, s =>
            {
                s.Clear();
                for (int row = 0; row < buckets.Count; row++)
                {
                    int slot = Slot(buckets[row], capacity - 1);
                    while (s[2 * slot] != 0)
                    {
                        slot = (slot + 1) & (capacity - 1);
                    }

                    s[2 * slot] = buckets[row] + 1;
                    s[(2 * slot) + 1] = row;
                }
            });
        }

        /// <summary>The table of rows (labels wide each) of the given buckets, placed in that order.</summary>
        public static WeightTable Of(int[] bucketOfRow, float[] rows, int labels)
        {
            int width = WidthOf(labels);
            var slots = SlotsOf(bucketOfRow);
            var table = ModelArray<float>.Build(bucketOfRow.Length * width, t =>
            {
                t.Clear();
                for (int row = 0; row < bucketOfRow.Length; row++)
                {
                    rows.AsSpan(row * labels, labels).CopyTo(t[(row * width)..]);
                }
            });
            return new WeightTable(slots, table, bucketOfRow.Length, width);
        }
    }
}
