namespace Dateline.Language.Entities;

/// <summary>
/// Gazetteer for recognizer features: lower-cased token sequences (stored as hashes) with their categories.
/// Immutable after construction; built by the training project's LexiconBuilder and saved inside the model.
/// </summary>
public sealed class Lexicon
{
    // Bit 30 marks a proper prefix of a longer entry, so a scan stops as soon as no entry can continue.
    internal const int PrefixBit = 1 << 30;

    private readonly KeyTable _entries;

    internal Lexicon(Dictionary<ulong, int> entries, int maxLength)
        : this(KeyTable.Of(entries.ToDictionary(e => e.Key, e => (uint)e.Value)), maxLength)
    {
    }

    private Lexicon(KeyTable entries, int maxLength)
    {
        _entries = entries;
        MaxLength = maxLength;
    }

    public static Lexicon Empty { get; } = new(KeyTable.Empty, 0);

    public int MaxLength { get; }

    public int Count => _entries.Count;


    /// <summary>
    /// For each token, the categories of the longest entries that begin (begin) or continue (inside) there. Only
    /// sequences starting with a capitalised word or a digit are looked up: lower-case words match names too often.
    /// </summary>
    internal void Match(string[] words, ulong[] lowerHashes, int[] begin, int[] inside)
    {
        int n = words.Length;
        Array.Clear(begin, 0, n);
        Array.Clear(inside, 0, n);

        // The first lookup of every word that may open an entry is a cache miss or two (directory, then keys): start
        // them all before the first lookup (bench/README.md, "The tagger's reads prefetched").
        for (int i = 0; i < n; i++)
        {
            if (MayOpen(words[i]))
            {
                _entries.PrefetchDirectory(lowerHashes[i]);
            }
        }

        for (int i = 0; i < n; i++)
        {
            if (MayOpen(words[i]))
            {
                _entries.PrefetchRun(lowerHashes[i]);
            }
        }

        for (int i = 0; i < n; i++)
        {
            if (!MayOpen(words[i]))
            {
                continue;
            }

            ulong h = 0;
            for (int len = 1; len <= MaxLength && i + len <= n; len++)
            {
                h = len == 1 ? lowerHashes[i] : FeatureHash.Combine(h, lowerHashes[i + len - 1]);
                if (!_entries.TryGetValue(h, out uint found))
                {
                    break;
                }

                int value = (int)found;

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

    /// <summary>Whether an entry may start at the word: a capital or a digit opens it.</summary>
    private static bool MayOpen(string word) => word.Length != 0 && (char.IsUpper(word[0]) || char.IsDigit(word[0]));

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

        return _entries.TryGetValue(h, out uint value) ? (LexiconCategory)((int)value & ~PrefixBit) : LexiconCategory.None;
    }

    internal void Write(BinaryWriter writer)
    {
        writer.Write(MaxLength);
        _entries.Write(writer);
    }

    /// <summary>Reads a gazetteer where it lies (<see cref="KeyTable"/>), or in the former record layout.</summary>
    internal static Lexicon Read(BinaryReader reader, bool records = false)
    {
        int maxLength = reader.ReadInt32();
        return new Lexicon(records ? KeyTable.ReadRecords(reader) : KeyTable.Read(reader), maxLength);
    }
}
