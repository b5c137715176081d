using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Dateline.Language.Entities;

/// <summary>
/// The weight rows of all members of an ensemble under one key table: a feature bucket is probed once for every
/// member (each member's own table cost a probe of its own, a cache miss each), and its slot is the row number of
/// every member's table ("joint row"). The key table holds only the keys (4 bytes a slot, 1 MB for the shipped
/// model, so probes mostly hit the core's own cache); rows of empty slots are zeros and never read. The first two members, which decode every sentence, keep their rows side by
/// side (one read for both); each later member has a table of its own, read only when it decodes. Weights are
/// stored as half floats (the trainer rounds every weight to a half, so they are the same numbers in half the bytes)
/// and widened to floats as they are summed: a member's scores are bit-identical to those of its own float table.
/// A row a member has no weights for holds zeros (adding a zero changes no score). Per member, the joint row of each
/// of its own rows (in the order training added them) is kept, so a member used alone gets back its own table.
/// Saved as it lies in memory (the ensemble file, format 3); immutable and thread-safe.
/// </summary>
internal sealed class JointWeights
{
    // 2^112: a half's exponent and mantissa, shifted into a float's, times this is the half's value (normal or subnormal).
    private static readonly float HalfScale = BitConverter.Int32BitsToSingle(0x77800000);

    private readonly ModelArray<int> _keys;
    private readonly ModelArray<ushort> _lead;
    private readonly ModelArray<ushort>[] _later;
    private readonly ModelArray<int>[] _rowsOfMember;
    private readonly int[] _labels;

    private JointWeights(ModelArray<int> keys, int rowCount, int[] labels, ModelArray<ushort> lead, ModelArray<ushort>[] later, ModelArray<int>[] rowsOfMember)
    {
        _keys = keys;
        RowCount = rowCount;
        _labels = labels;
        _lead = lead;
        _later = later;
        _rowsOfMember = rowsOfMember;
        SecondOffset = NerModel.WeightTable.WidthOf(labels[0]);
        LeadWidth = RoundToChunk(SecondOffset + NerModel.WeightTable.WidthOf(labels[1]));
    }

    /// <summary>Joint rows: one per slot of the key table (the feature buckets any member has weights for, and empty slots).</summary>
    public int RowCount { get; }

    /// <summary>Halves per joint row of the first two members: the first's row, then the second's from <see cref="SecondOffset"/>.</summary>
    private int LeadWidth { get; }

    private int SecondOffset { get; }

    /// <summary>Halves per row of a later member's table.</summary>
    private int LaterWidth(int member) => RoundToChunk(_labels[member]);

    private static int RoundToChunk(int halves) => (halves + 7) / 8 * 8;

    /// <summary>
    /// Load at most 0.8 (a probe reads 16 keys per cache line, so a fuller table than the 0.7 of a member's own
    /// table still costs one line most of the time; every slot has rows, so a sparser one costs file space).
    /// </summary>
    private const int MaxLoadTenths = 8;

    /// <summary>The joint table of <paramref name="members"/> (at least two; same feature bits).</summary>
    public static JointWeights Of(IReadOnlyList<NerModel> members)
    {
        var own = members.Select(m => m.BucketOfRow()).ToArray();
        var distinct = new HashSet<int>();
        foreach (var buckets in own)
        {
            distinct.UnionWith(buckets);
        }

        int capacity = NerModel.WeightTable.CapacityFor(distinct.Count, MaxLoadTenths);
        var slotOf = new Dictionary<int, int>(distinct.Count);
        var keys = ModelArray<int>.Build(capacity, table =>
        {
            // Buckets inserted in the members' order (first member's rows first), so the file is the same for the same members.
            table.Clear();
            foreach (var buckets in own)
            {
                foreach (int bucket in buckets)
                {
                    if (slotOf.ContainsKey(bucket))
                    {
                        continue;
                    }

                    int slot = NerModel.WeightTable.Slot(bucket, capacity - 1);
                    while (table[slot] != 0)
                    {
                        slot = (slot + 1) & (capacity - 1);
                    }

                    table[slot] = bucket + 1;
                    slotOf[bucket] = slot;
                }
            }
        });
        var rowsOfMember = new ModelArray<int>[members.Count];
        for (int k = 0; k < members.Count; k++)
        {
            var buckets = own[k];
            rowsOfMember[k] = ModelArray<int>.Build(buckets.Length, rows =>
            {
                for (int r = 0; r < buckets.Length; r++)
                {
                    rows[r] = slotOf[buckets[r]];
                }
            });
        }

        var labels = members.Select(m => m.LabelCount).ToArray();
        var shape = new JointWeights(default, capacity, labels, default, [], rowsOfMember);
        var lead = ModelArray<ushort>.Build(capacity * shape.LeadWidth, halves =>
        {
            halves.Clear();
            shape.Place(members[0], 0, halves, shape.LeadWidth, 0);
            shape.Place(members[1], 1, halves, shape.LeadWidth, shape.SecondOffset);
        });
        var later = new ModelArray<ushort>[members.Count - 2];
        for (int k = 2; k < members.Count; k++)
        {
            int member = k;
            later[k - 2] = ModelArray<ushort>.Build(capacity * shape.LaterWidth(k), halves =>
            {
                halves.Clear();
                shape.Place(members[member], member, halves, shape.LaterWidth(member), 0);
            });
        }

        return new JointWeights(keys, capacity, labels, lead, later, rowsOfMember);
    }

    /// <summary>Writes a member's rows as halves into its place of each joint row.</summary>
    private void Place(NerModel member, int k, Span<ushort> halves, int width, int offset)
    {
        var rows = _rowsOfMember[k].Span;
        for (int r = 0; r < rows.Length; r++)
        {
            var weights = member.Row(r);
            for (int y = 0; y < weights.Length; y++)
            {
                var half = (Half)weights[y];
                if ((float)half != weights[y] || !Half.IsFinite(half))
                {
                    throw new InvalidOperationException("an ensemble member's weight is not a half float (models are trained with weights rounded to halves)");
                }

                halves[(rows[r] * width) + offset + y] = BitConverter.HalfToUInt16Bits(half);
            }
        }
    }

    /// <summary>Reads the table written by <see cref="Write"/>, where it lies, for members of the given label and row counts.</summary>
    public static JointWeights Read(BinaryReader reader, IReadOnlyList<(int Labels, int Rows)> members)
    {
        int rowCount = reader.ReadInt32();
        if (rowCount < 1024 || rowCount > 1 << 24 || (rowCount & (rowCount - 1)) != 0)
        {
            throw new InvalidDataException("the ensemble's joint table header is broken");
        }

        var labels = members.Select(m => m.Labels).ToArray();
        var shape = new JointWeights(default, rowCount, labels, default, [], []);
        var keys = ModelFile.Take<int>(reader, rowCount);
        var rowsOfMember = new ModelArray<int>[members.Count];
        for (int k = 0; k < members.Count; k++)
        {
            rowsOfMember[k] = ModelFile.Take<int>(reader, members[k].Rows);
        }

        var lead = ModelFile.Take<ushort>(reader, rowCount * shape.LeadWidth);
        var later = new ModelArray<ushort>[members.Count - 2];
        for (int k = 2; k < members.Count; k++)
        {
            later[k - 2] = ModelFile.Take<ushort>(reader, rowCount * shape.LaterWidth(k));
        }

        return new JointWeights(keys, rowCount, labels, lead, later, rowsOfMember);
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(RowCount);
        ModelFile.WriteArray(writer, _keys.Span);
        foreach (var rows in _rowsOfMember)
        {
            ModelFile.WriteArray(writer, rows.Span);
        }

        ModelFile.WriteArray(writer, _lead.Span);
        foreach (var table in _later)
        {
            ModelFile.WriteArray(writer, table.Span);
        }
    }

    /// <summary>Member <paramref name="k"/>'s own table: the bucket of each of its rows and the rows, labels wide, in its order.</summary>
    public (int[] BucketOfRow, float[] Rows) MemberTable(int k)
    {
        var keys = _keys.Span;
        var (table, width, offset) = k switch
        {
            0 => (_lead, LeadWidth, 0),
            1 => (_lead, LeadWidth, SecondOffset),
            _ => (_later[k - 2], LaterWidth(k), 0),
        };
        var joints = _rowsOfMember[k].Span;
        int labels = _labels[k];
        var buckets = new int[joints.Length];
        var rows = new float[joints.Length * labels];
        for (int r = 0; r < joints.Length; r++)
        {
            int joint = (uint)joints[r] < (uint)RowCount && keys[joints[r]] != 0 ? joints[r] : throw new InvalidDataException("an ensemble member's row points outside the joint table");
            buckets[r] = keys[joint] - 1;
            for (int y = 0; y < labels; y++)
            {
                rows[(r * labels) + y] = (float)BitConverter.UInt16BitsToHalf(table.Span[(joint * width) + offset + y]);
            }
        }

        return (buckets, rows);
    }

    /// <summary>
    /// The slot (joint row) of a feature bucket, probing from <paramref name="slot"/> (the bucket's
    /// <see cref="NerModel.WeightTable.Slot"/>), or -1 when no member has weights for it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int RowFrom(int slot, int bucket)
    {
        ref int keys = ref _keys.First;
        int mask = RowCount - 1;
        for (int probes = 0; probes <= mask; probes++, slot = (slot + 1) & mask)
        {
            int key = Unsafe.Add(ref keys, slot);
            if (key == bucket + 1)
            {
                return slot;
            }

            if (key == 0)
            {
                return -1;
            }
        }

        return -1; // every slot full (a broken file): the bucket is not there
    }

    /// <summary>
    /// Scores n words for the first two members: finds each feature's joint row once (kept in the scratch for the
    /// later members), then sums the rows into scratch.Scores (first member) and scratch.SecondScores.
    /// </summary>
    /// <remarks>
    /// The table is far larger than the caches, so each probe and each row read would wait for memory. The words
    /// go through a pipeline instead: while word i's rows are summed, word i + 1's rows are fetched and word i + 2's
    /// slots, so the loads of the next words run while this word is summed.
    /// </remarks>
    public void ScoreLead(int n, int bucketMask, FeatureScratch scratch)
    {
        int labels0 = _labels[0], labels1 = _labels[1];
        scratch.EnsureLattice(n, _labels.Max());
        var scores0 = scratch.Scores;
        var scores1 = scratch.SecondScores;
        int width = LeadWidth;
        Span<float> sum = stackalloc float[width];
        ref ushort table = ref _lead.First;
        FetchSlots(0, bucketMask, scratch);
        if (n > 1)
        {
            FetchSlots(1, bucketMask, scratch);
        }

        FindRows(0, bucketMask, scratch);
        for (int i = 0; i < n; i++)
        {
            if (i + 2 < n)
            {
                FetchSlots(i + 2, bucketMask, scratch);
            }

            if (i + 1 < n)
            {
                FindRows(i + 1, bucketMask, scratch);
            }

            var found = scratch.JointRows.AsSpan(i * FeatureExtractor.MaxFeaturesPerToken, scratch.JointRowCounts[i]);
            Sum(ref table, width, found, sum);
            sum[..labels0].CopyTo(scores0.AsSpan(i * labels0, labels0));
            sum.Slice(SecondOffset, labels1).CopyTo(scores1.AsSpan(i * labels1, labels1));
        }
    }

    /// <summary>
    /// Starts loading the slots word i's features probe first, and keeps each slot in the word's place of
    /// scratch.JointRows for <see cref="FindRows"/> (which overwrites them with the rows found).
    /// </summary>
    private void FetchSlots(int i, int bucketMask, FeatureScratch scratch)
    {
        int start = i * FeatureExtractor.MaxFeaturesPerToken;
        int count = scratch.Counts[i];
        var slots = scratch.JointRows.AsSpan(start, count);
        var features = scratch.Features.AsSpan(start, count);
        int slotMask = RowCount - 1;
        for (int f = 0; f < features.Length; f++)
        {
            int slot = NerModel.WeightTable.Slot((int)(features[f] & (ulong)bucketMask), slotMask);
            slots[f] = slot;
            _keys.Prefetch(slot);
        }
    }

    /// <summary>
    /// Finds the joint rows of word i's features (into the scratch, over the slots <see cref="FetchSlots"/> left
    /// there: the f-th row found is written at or before the f-th slot, after that slot is read) and starts loading
    /// their lead rows.
    /// </summary>
    private void FindRows(int i, int bucketMask, FeatureScratch scratch)
    {
        int start = i * FeatureExtractor.MaxFeaturesPerToken;
        int count = scratch.Counts[i];
        var found = scratch.JointRows.AsSpan(start, count);
        var features = scratch.Features.AsSpan(start, count);
        int hits = 0;
        for (int f = 0; f < found.Length; f++)
        {
            int row = RowFrom(found[f], (int)(features[f] & (ulong)bucketMask));
            if (row >= 0)
            {
                found[hits++] = row;
                _lead.Prefetch(row * LeadWidth);
                _lead.Prefetch((row * LeadWidth) + LeadWidth - 1);
            }
        }

        scratch.JointRowCounts[i] = hits;
    }

    /// <summary>Scores n words for later member <paramref name="k"/> (k ≥ 2) into scratch.Scores, from the rows <see cref="ScoreLead"/> found.</summary>
    public void ScoreLater(int k, int n, FeatureScratch scratch)
    {
        int labels = _labels[k];
        var scores = scratch.Scores;
        int width = LaterWidth(k);
        Span<float> sum = stackalloc float[width];
        ref ushort table = ref _later[k - 2].First;
        for (int i = 0; i < n; i++)
        {
            var found = scratch.JointRows.AsSpan(i * FeatureExtractor.MaxFeaturesPerToken, scratch.JointRowCounts[i]);
            Sum(ref table, width, found, sum);
            sum[..labels].CopyTo(scores.AsSpan(i * labels, labels));
        }
    }

    /// <summary>
    /// sum = the rows (width halves each) added in the given order, widened to floats: each 8-float chunk stays in a
    /// register while the rows stream past, and each lane adds the same floats in the same order as a row-by-row sum.
    /// </summary>
    /// <remarks>
    /// The rows are added as their values over 2^112 (<see cref="Scaled"/>) and each sum multiplied by 2^112 once at
    /// the end, which gives the same bits as adding the values themselves: every value and every partial sum is a
    /// multiple of 2^-24 (a half's ulp at its smallest; a float rounded from a multiple of 2^-24 is one), so a sum
    /// under 2^-14, where the scaled one is subnormal, has at most 10 significant bits and is exact in both; above,
    /// both round to 24 bits alike; no sum of ≤ 64 finite halves nears a float's largest, and a zero keeps its sign.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Sum(ref ushort table, int width, ReadOnlySpan<int> rows, Span<float> sum)
    {
        ref float sumAt = ref System.Runtime.InteropServices.MemoryMarshal.GetReference(sum);
        int y = 0;

        // Three chunks per pass over the rows (a row of the shipped model is 24 halves: one pass reads it whole).
        for (; y + 24 <= width; y += 24)
        {
            var acc0 = Vector256<float>.Zero;
            var acc1 = Vector256<float>.Zero;
            var acc2 = Vector256<float>.Zero;
            foreach (int row in rows)
            {
                ref ushort at = ref Unsafe.Add(ref table, (row * width) + y);
                acc0 += Scaled(Vector128.LoadUnsafe(ref at));
                acc1 += Scaled(Vector128.LoadUnsafe(ref at, 8));
                acc2 += Scaled(Vector128.LoadUnsafe(ref at, 16));
            }

            (acc0 * Vector256.Create(HalfScale)).StoreUnsafe(ref sumAt, (nuint)y);
            (acc1 * Vector256.Create(HalfScale)).StoreUnsafe(ref sumAt, (nuint)(y + 8));
            (acc2 * Vector256.Create(HalfScale)).StoreUnsafe(ref sumAt, (nuint)(y + 16));
        }

        for (; y < width; y += 8)
        {
            var acc = Vector256<float>.Zero;
            foreach (int row in rows)
            {
                acc += Scaled(Vector128.LoadUnsafe(ref table, (nuint)((row * width) + y)));
            }

            (acc * Vector256.Create(HalfScale)).StoreUnsafe(ref sumAt, (nuint)y);
        }
    }

    /// <summary>
    /// Eight half floats (finite) as floats over 2^112, exactly: each half sign-extended to 32 bits and shifted left 13
    /// puts its exponent and mantissa where a float's are (bits 13-27) and its sign at bit 31 (bits 28-30 copies of
    /// the sign, cleared); the float so read is the half's value over 2^112 (normal or subnormal alike), so times
    /// 2^112 (exact: a power of two, no overflow for a finite half) it is the half's value, a zero's sign included.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector256<float> Scaled(Vector128<ushort> halves)
    {
        var signed = Avx2.IsSupported
            ? Avx2.ConvertToVector256Int32(halves.AsInt16())
            : Vector256.Create(Vector128.WidenLower(halves.AsInt16()), Vector128.WidenUpper(halves.AsInt16()));
        return ((signed << 13) & Vector256.Create(unchecked((int)0x8fffffff))).AsSingle();
    }

    /// <summary>2^112, by which <see cref="Scaled"/> values are multiplied back.</summary>
    internal static float Scale => HalfScale;
}
