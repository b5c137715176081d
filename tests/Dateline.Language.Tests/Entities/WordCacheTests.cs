using Dateline.Language.Entities;

namespace Dateline.Language.Tests.Entities;

public class WordCacheTests
{
    [Fact]
    public void Finds_what_a_dictionary_finds_across_growth_colliding_hashes_and_the_bound()
    {
        var random = new Random(20);
        var cache = new WordCache(bound: 500);
        var expected = new Dictionary<string, WordInfo>(StringComparer.Ordinal);
        var hashes = new Dictionary<string, uint>(StringComparer.Ordinal);
        int emptied = 0;
        for (int step = 0; step < 20_000; step++)
        {
            // few letters, so words repeat; every fifth hash forced into one of 4 values, so unequal words share hashes and probe on
            var word = new string([.. Enumerable.Range(0, 1 + random.Next(5)).Select(_ => (char)('a' + random.Next(6)))]);
            uint hash = step % 5 == 0 ? (uint)random.Next(4) : WordCache.HashOf(word);
            hash = expected.ContainsKey(word) ? hashes[word] : hash;
            cache.Prefetch(hash);
            cache.PrefetchFound(hash);
            bool found = cache.TryGet(word, hash, out var info);
            Assert.Equal(expected.TryGetValue(word, out var want), found);
            if (found)
            {
                Assert.Same(want, info);
                continue;
            }

            if (cache.Count >= 500)
            {
                expected.Clear(); // the cache empties itself at its bound
                emptied++;
            }

            var made = new WordInfo((ulong)step, 0, 0, 0, false, false, []);
            cache.Add(new string(word.AsSpan()), hash, made); // a copy: found by equal strings, not by reference
            expected[word] = made;
            hashes[word] = hash;
            Assert.Equal(expected.Count, cache.Count);
        }

        Assert.True(emptied > 3);
    }
}
