using System.Runtime.CompilerServices;

namespace Dateline.Language.Entities;

/// <summary>
/// The recognizer's per-thread cache of <see cref="WordInfo"/> by word form (words repeat: describing them again is
/// waste). Open addressing over one array of entries (hash, word, info), so that a sentence's lookups are prefetched
/// together before the first is read (<see cref="Prefetch"/>, <see cref="PrefetchFound"/>): a word last seen many
/// documents ago costs cache misses (the entry, the word's string, the info), which the Dictionary this replaces
/// took one after the other (bench/README.md, "The tagger's reads prefetched"). A word is found only when its string
/// equals the cached one; the cache is emptied when it holds its bound.
/// </summary>
internal sealed unsafe class WordCache(int bound)
{
    private struct Entry
    {
        public string? Word;
        public WordInfo? Info;
        public uint Hash;
    }

    private Entry[] _entries = new Entry[1024];

    public int Count { get; private set; }

    /// <summary>The hash that places a word (any hash would do: a word is found only by its equal string).</summary>
    public static uint HashOf(string word) => (uint)FeatureHash.Of(word);

    /// <summary>Starts loading the entry where the word of <paramref name="hash"/> would be looked up first.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(uint hash)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            System.Runtime.Intrinsics.X86.Sse.Prefetch0(Unsafe.AsPointer(ref _entries[(int)(hash & (uint)(_entries.Length - 1))]));
        }
    }

    /// <summary>Starts loading the string and info of the entry of <paramref name="hash"/>'s first slot, when its hash is that one (after <see cref="Prefetch"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void PrefetchFound(uint hash)
    {
        if (System.Runtime.Intrinsics.X86.Sse.IsSupported)
        {
            ref var entry = ref _entries[(int)(hash & (uint)(_entries.Length - 1))];
            if (entry.Hash == hash && entry.Word is not null)
            {
                // the objects' addresses, read from the references (a prefetch never faults; a moved object only misses)
                System.Runtime.Intrinsics.X86.Sse.Prefetch0(*(void**)Unsafe.AsPointer(ref entry.Word));
                System.Runtime.Intrinsics.X86.Sse.Prefetch0(*(void**)Unsafe.AsPointer(ref entry.Info));
            }
        }
    }

    public bool TryGet(string word, uint hash, out WordInfo info)
    {
        int mask = _entries.Length - 1;
        for (int slot = (int)(hash & (uint)mask); ; slot = (slot + 1) & mask)
        {
            ref var entry = ref _entries[slot];
            if (entry.Word is null)
            {
                info = null!;
                return false;
            }

            if (entry.Hash == hash && string.Equals(entry.Word, word, StringComparison.Ordinal))
            {
                info = entry.Info!;
                return true;
            }
        }
    }

    /// <summary>Adds a word not in the cache (emptied first when it holds its bound).</summary>
    public void Add(string word, uint hash, WordInfo info)
    {
        if (Count >= bound)
        {
            Array.Clear(_entries);
            Count = 0;
        }

        if ((Count + 1) * 2 > _entries.Length)
        {
            var old = _entries;
            _entries = new Entry[old.Length * 2];
            foreach (var e in old)
            {
                if (e.Word is not null)
                {
                    Place(e.Word, e.Hash, e.Info!);
                }
            }
        }

        Place(word, hash, info);
        Count++;
    }

    private void Place(string word, uint hash, WordInfo info)
    {
        int mask = _entries.Length - 1;
        int slot = (int)(hash & (uint)mask);
        while (_entries[slot].Word is not null)
        {
            slot = (slot + 1) & mask;
        }

        _entries[slot] = new Entry { Word = word, Info = info, Hash = hash };
    }
}
