using System.Runtime.CompilerServices;
using Dateline.Language.Entities;

namespace Dateline.Language.Tagging;

/// <summary>
/// The tagger's dictionary of words with one tag, as an open-addressing table of (hash, place of the word's
/// characters, length, tag) entries over one array of characters, so that a sentence's lookups are prefetched together
/// (the entries, then the found words' characters) before the first is read: the lookups are mostly cache misses
/// after the other stages ran (bench/README.md, "The tagger's reads prefetched"). A word is found only when its
/// characters equal the listed word's, as the dictionary it mirrors finds it.
/// </summary>
internal sealed unsafe class WordTagTable
{
    private struct Entry
    {
        public uint Hash;
        public int Offset;
        public int Length; // -1: an empty slot
        public PartOfSpeech Tag;
    }

    private readonly Entry[] _entries;
    private readonly char[] _chars;
    private readonly int _mask;

    /// <summary>The number of words listed.</summary>
    public int Count { get; }

    public WordTagTable(IReadOnlyDictionary<string, PartOfSpeech> words)
    {
        int capacity = 16;
        while (capacity < words.Count * 2)
        {
            capacity *= 2;
        }

        _entries = new Entry[capacity];
        Array.Fill(_entries, new Entry { Length = -1 });
        _mask = capacity - 1;
        _chars = new char[Math.Max(1, words.Sum(w => w.Key.Length))];
        int at = 0;
        foreach (var (word, tag) in words)
        {
            uint hash = HashOf(word);
            int slot = (int)(hash & (uint)_mask);
            while (_entries[slot].Length >= 0)
            {
                slot = (slot + 1) & _mask;
            }

            word.CopyTo(_chars.AsSpan(at));
            _entries[slot] = new Entry { Hash = hash, Offset = at, Length = word.Length, Tag = tag };
            at += word.Length;
        }

        Count = words.Count;
    }

    /// <summary>The listed words and their tags, in table order (for writing the dictionary out).</summary>
    public IEnumerable<KeyValuePair<string, PartOfSpeech>> Words()
    {
        foreach (var entry in _entries)
        {
            if (entry.Length >= 0)
            {
                yield return new(new string(_chars, entry.Offset, entry.Length), entry.Tag);
            }
        }
    }

    public static uint HashOf(ReadOnlySpan<char> word) => (uint)FeatureHash.Of(word);

    /// <summary>Starts loading the entry where a word of <paramref name="hash"/> is looked up first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(uint hash)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref _entries[(int)(hash & (uint)_mask)]));
        }
    }

    /// <summary>Starts loading the characters of the word at <paramref name="hash"/>'s first slot when its hash is that one (after <see cref="Prefetch"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchFound(uint hash)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            ref var entry = ref _entries[(int)(hash & (uint)_mask)];
            if (entry.Hash == hash && entry.Length > 0)
            {
                // a moved array only makes the hint miss; a prefetch never faults
                System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref _chars[entry.Offset]));
            }
        }
    }

    public bool TryGetValue(ReadOnlySpan<char> word, out PartOfSpeech tag) => TryGetValue(word, HashOf(word), out tag);

    public bool TryGetValue(ReadOnlySpan<char> word, uint hash, out PartOfSpeech tag)
    {
        for (int slot = (int)(hash & (uint)_mask); ; slot = (slot + 1) & _mask)
        {
            ref var entry = ref _entries[slot];
            if (entry.Length < 0)
            {
                tag = default;
                return false;
            }

            if (entry.Hash == hash && entry.Length == word.Length && _chars.AsSpan(entry.Offset, entry.Length).SequenceEqual(word))
            {
                tag = entry.Tag;
                return true;
            }
        }
    }
}
