using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Dateline.Language.Entities;

/// <summary>
/// 64-bit hash keys → 32-bit values (the gazetteer and word clusters of the recognizer), stored as they are read: the
/// keys in ascending order, their values beside them, and a directory giving, for each run of keys sharing their top
/// <see cref="DirectoryBits"/> bits, where it starts. A lookup reads the directory and scans a run of a few keys; a file
/// holds the three arrays as they lie in memory, so loading builds nothing (<see cref="ModelFile.Take{T}"/>).
/// Keys are hashes, spread evenly, so runs stay short; uneven keys make lookups slower, never wrong.
/// </summary>
internal sealed class KeyTable
{
    private readonly ModelArray<ulong> _keys;
    private readonly ModelArray<uint> _values;
    private readonly ModelArray<int> _directory;
    private readonly int _shift;

    private KeyTable(ModelArray<ulong> keys, ModelArray<uint> values, ModelArray<int> directory, int directoryBits)
    {
        if (values.Length != keys.Length || directory.Length != (1 << directoryBits) + 1 || directoryBits is < 1 or > 30)
        {
            throw new InvalidDataException("a key table's parts do not fit together");
        }

        _keys = keys;
        _values = values;
        _directory = directory;
        DirectoryBits = directoryBits;
        _shift = 64 - directoryBits;
    }

    public static KeyTable Empty { get; } = Of(new Dictionary<ulong, uint>());

    public int Count => _keys.Length;

    /// <summary>Top key bits that pick a directory entry: one entry per one or two keys.</summary>
    public int DirectoryBits { get; }

    public static KeyTable Of(IReadOnlyDictionary<ulong, uint> entries)
    {
        var sorted = entries.OrderBy(e => e.Key).ToArray();
        int bits = Math.Clamp(BitOperations.Log2((uint)Math.Max(sorted.Length, 1)), 1, 24);
        var keys = ModelArray<ulong>.Build(sorted.Length, k =>
        {
            for (int i = 0; i < k.Length; i++)
            {
                k[i] = sorted[i].Key;
            }
        });
        var values = ModelArray<uint>.Build(sorted.Length, v =>
        {
            for (int i = 0; i < v.Length; i++)
            {
                v[i] = sorted[i].Value;
            }
        });
        var directory = ModelArray<int>.Build((1 << bits) + 1, d => FillDirectory(keys.Span, bits, d));
        return new KeyTable(keys, values, directory, bits);
    }

    /// <summary>Starts loading the directory entry of <paramref name="key"/>, so that a lookup soon after finds it in cache.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchDirectory(ulong key) => _directory.Prefetch((int)(key >> _shift));

    /// <summary>Starts loading the first key and value of <paramref name="key"/>'s run (reads its directory entry: prefetch that first).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchRun(ulong key)
    {
        int start = Unsafe.Add(ref _directory.First, (int)(key >> _shift));
        _keys.Prefetch(start); // a prefetch never faults, so a broken directory is left to the lookup to report
        _values.Prefetch(start);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool TryGetValue(ulong key, out uint value)
    {
        int prefix = (int)(key >> _shift);
        ref int directory = ref _directory.First;
        int start = Unsafe.Add(ref directory, prefix);
        int end = Unsafe.Add(ref directory, prefix + 1);
        if (start < 0 || (uint)end > (uint)_keys.Length)
        {
            throw new InvalidDataException("a key table's directory points outside its keys");
        }

        ref ulong keys = ref _keys.First;
        for (int i = start; i < end; i++)
        {
            ulong k = Unsafe.Add(ref keys, i);
            if (k >= key)
            {
                if (k == key)
                {
                    value = Unsafe.Add(ref _values.First, i);
                    return true;
                }

                break;
            }
        }

        value = 0;
        return false;
    }

    public void Write(BinaryWriter writer)
    {
        writer.Write(Count);
        writer.Write(DirectoryBits);
        ModelFile.WriteArray(writer, _keys.Span);
        ModelFile.WriteArray(writer, _values.Span);
        ModelFile.WriteArray(writer, _directory.Span);
    }

    /// <summary>Reads a table written by <see cref="Write"/>, where it lies.</summary>
    public static KeyTable Read(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        int bits = reader.ReadInt32();
        if (count < 0 || bits is < 1 or > 30)
        {
            throw new InvalidDataException("a key table's header is broken");
        }

        var keys = ModelFile.Take<ulong>(reader, count);
        var values = ModelFile.Take<uint>(reader, count);
        var directory = ModelFile.Take<int>(reader, (1 << bits) + 1);
        return new KeyTable(keys, values, directory, bits);
    }

    /// <summary>Reads the former layout: a count, then (key, value) records of 12 bytes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static KeyTable ReadRecords(BinaryReader reader)
    {
        int count = reader.ReadInt32();
        var entries = new Dictionary<ulong, uint>(count);
        ModelFile.ReadRecords(reader, count, 12, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (entry, _) => entries[BinaryPrimitives.ReadUInt64LittleEndian(entry)] = BinaryPrimitives.ReadUInt32LittleEndian(entry[8..]));
        return Of(entries);
    }

    /// <summary>directory[p] = the first key whose top bits are p or more; directory[2^bits] = the key count.</summary>
    private static void FillDirectory(ReadOnlySpan<ulong> keys, int bits, Span<int> directory)
    {
        int shift = 64 - bits;
        int i = 0;
        for (int p = 0; p < directory.Length - 1; p++)
        {
            while (i < keys.Length && (int)(keys[i] >> shift) < p)
            {
                i++;
            }

            directory[p] = i;
        }

        directory[^1] = keys.Length;
    }
}
