using System.Buffers.Binary;
using System.Runtime.CompilerServices;

namespace Dateline.Language.Entities;

/// <summary>
/// Gazetteer for recognizer features: lower-cased token sequences (stored as hashes) with their categories.
/// Immutable after construction; built by the training project's LexiconBuilder and saved inside the model.
/// </summary>
public sealed class Lexicon
{
    // Bit 30 marks a proper prefix of a longer entry, so a scan stops as soon as no entry can continue.
    internal const int PrefixBit = 1 << 30;

    private readonly Dictionary<ulong, int> _entries;

    internal Lexicon(Dictionary<ulong, int> entries, int maxLength)
    {
        _entries = entries;
        MaxLength = maxLength;
    }

    public static Lexicon Empty { get; } = new([], 0);

    public int MaxLength { get; }

    public int Count => _entries.Count;

    internal IReadOnlyDictionary<ulong, int> Entries => _entries;

    /// <summary>
    /// For each token, the categories of the longest entries that begin (begin) or continue (inside) there. Only
    /// sequences starting with a capitalised word or a digit are looked up: lower-case words match names too often.
    /// </summary>
    internal void Match(string[] words, ulong[] lowerHashes, int[] begin, int[] inside)
    {
        int n = words.Length;
        Array.Clear(begin, 0, n);
        Array.Clear(inside, 0, n);
        for (int i = 0; i < n; i++)
        {
            if (words[i].Length == 0 || !(char.IsUpper(words[i][0]) || char.IsDigit(words[i][0])))
            {
                continue;
            }

            ulong h = 0;
            for (int len = 1; len <= MaxLength && i + len <= n; len++)
            {
                h = len == 1 ? lowerHashes[i] : FeatureHash.Combine(h, lowerHashes[i + len - 1]);
                if (!_entries.TryGetValue(h, out int value))
                {
                    break;
                }

                int categories = value & ~PrefixBit;
                if (categories != 0)
                {
                    // Longer matches come later and override the categories of shorter ones for their extent.
                    begin[i] |= categories;
                    for (int k = i + 1; k < i + len; k++)
                    {
                        inside[k] |= categories;
                    }

                }

                if ((value & PrefixBit) == 0)
                {
                    break;
                }
            }

        }
    }

    /// <summary>The categories of the entry that is exactly words[start, end) (lower-cased), or None.</summary>
    public LexiconCategory Categories(IReadOnlyList<string> words, int start, int end)
    {
        if (end <= start || end - start > MaxLength)
        {
            return LexiconCategory.None;
        }

        ulong h = FeatureHash.OfLower(words[start]);
        for (int k = start + 1; k < end; k++)
        {
            h = FeatureHash.Combine(h, FeatureHash.OfLower(words[k]));
        }

        return _entries.TryGetValue(h, out int value) ? (LexiconCategory)(value & ~PrefixBit) : LexiconCategory.None;
    }

    internal void Write(BinaryWriter writer)
    {
        writer.Write(MaxLength);
        writer.Write(_entries.Count);
        foreach (var (key, value) in _entries.OrderBy(e => e.Key))
        {
            writer.Write(key);
            writer.Write(value);
        }
    }

    internal static Lexicon Read(BinaryReader reader)
    {
        int maxLength = reader.ReadInt32();
        int count = reader.ReadInt32();
        var entries = new Dictionary<ulong, int>(count);
        ModelFile.ReadRecords(reader, count, 12, [MethodImpl(MethodImplOptions.AggressiveOptimization)] (entry, _) => entries[BinaryPrimitives.ReadUInt64LittleEndian(entry)] = BinaryPrimitives.ReadInt32LittleEndian(entry[8..]));

        return new Lexicon(entries, maxLength);
    }
}
