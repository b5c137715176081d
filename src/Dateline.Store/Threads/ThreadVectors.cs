using System.Buffers.Binary;
using System.Text;

namespace Dateline.Store.Threads;

/// <summary>
/// An article's kept thread features (<see cref="ThreadFeatures.Vector"/>) as one value, the row of
/// <c>thread_vectors</c>: each feature as its UTF-8 length (7-bit encoded), its UTF-8 bytes and its weight (8 bytes,
/// little-endian), in the byte order of the keys (the order SQLite read them from <c>thread_features</c> by article
/// before, so similarities are summed in the same order and come out bit for bit the same). Comparing a candidate
/// reads one row instead of one per feature: the per-feature rows were 70 % of an ingest's thread assignment
/// (bench/README.md, issue 20).
/// </summary>
internal static class ThreadVectors
{
    public static byte[] Encode(IEnumerable<WeightedFeature> vector)
    {
        var keyed = vector.Select(f => (Key: Encoding.UTF8.GetBytes(f.Key), f.Weight)).ToList();
        keyed.Sort((a, b) => a.Key.AsSpan().SequenceCompareTo(b.Key));
        using var buffer = new MemoryStream();
        using var writer = new BinaryWriter(buffer, Encoding.UTF8, leaveOpen: true);
        foreach (var (key, weight) in keyed)
        {
            writer.Write7BitEncodedInt(key.Length);
            writer.Write(key);
            writer.Write(weight);
        }

        writer.Flush();
        return buffer.ToArray();
    }

    /// <summary>The features of an encoded vector, in stored order (the keys as strings: for tests and tools; <see cref="Reader"/> reads without them).</summary>
    public static List<WeightedFeature> Decode(ReadOnlySpan<byte> encoded)
    {
        var list = new List<WeightedFeature>();
        var reader = new Reader(encoded);
        while (reader.Next(out var chars, out var weight))
        {
            list.Add(new WeightedFeature(chars.ToString(), weight));
        }

        return list;
    }

    /// <summary>Reads an encoded vector feature by feature, each key decoded into one buffer of the reader's (valid until the next feature).</summary>
    public ref struct Reader(ReadOnlySpan<byte> encoded)
    {
        private ReadOnlySpan<byte> _rest = encoded;
        private char[] _buffer = new char[128];

        public bool Next(out ReadOnlySpan<char> key, out double weight)
        {
            if (_rest.IsEmpty)
            {
                key = default;
                weight = 0;
                return false;
            }

            var length = 0;
            var shift = 0;
            var at = 0;
            byte b;
            do
            {
                b = _rest[at++];
                length |= (b & 0x7F) << shift;
                shift += 7;
            }
            while ((b & 0x80) != 0);

            var bytes = _rest.Slice(at, length);
            if (Encoding.UTF8.GetMaxCharCount(length) > _buffer.Length)
            {
                _buffer = new char[Encoding.UTF8.GetMaxCharCount(length)];
            }

            key = _buffer.AsSpan(0, Encoding.UTF8.GetChars(bytes, _buffer));
            weight = BinaryPrimitives.ReadDoubleLittleEndian(_rest.Slice(at + length, sizeof(double)));
            _rest = _rest[(at + length + sizeof(double))..];
            return true;
        }
    }
}
