using Dateline.Store.Threads;

namespace Dateline.Store.Tests.Threads;

/// <summary>Stored vectors decoded once per transaction (<see cref="ThreadVectorCache"/>): the same similarities to the last bit.</summary>
public class ThreadVectorCacheTests
{
    [Fact]
    public void SimilaritiesAreThoseOfTheStoredVectorsBitForBit()
    {
        var random = new Random(20);
        var keys = Enumerable.Range(0, 40).Select(i => i % 3 == 0 ? $"entity:{i}" : $"word:w{i}é").ToArray();
        var stored = Enumerable.Range(0, 30).Select(_ => Vector(random, keys)).ToList();
        var cache = new ThreadVectorCache(capacity: 7, new ThreadFeatureTable());
        for (var round = 0; round < 20; round++)
        {
            var mine = Vector(random, keys).ToDictionary(f => f.Key, f => f.Weight, StringComparer.Ordinal);
            cache.Begin(mine);
            for (var a = 0; a < stored.Count; a++)
            {
                var encoded = ThreadVectors.Encode(stored[a]);
                if (random.Next(2) == 0 || !cache.Contains(a))
                {
                    cache.Add(a, encoded);
                }

                var expected = ThreadFeatures.Similarity(mine, encoded, 0.7);
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected), BitConverter.DoubleToInt64Bits(cache.Similarity(a, 0.7)!.Value));
            }
        }
    }

    [Fact]
    public void AnArticleNotKeptHasNoSimilarityAndAFullCacheEmptiesOnTheNextArticle()
    {
        var cache = new ThreadVectorCache(capacity: 2, new ThreadFeatureTable());
        cache.Begin(new Dictionary<string, double> { ["word:a"] = 1.0 });
        Assert.Null(cache.Similarity(1, 0.7));
        cache.Add(1, ThreadVectors.Encode([new WeightedFeature("word:a", 1.0)]));
        cache.Add(2, ThreadVectors.Encode([new WeightedFeature("word:b", 1.0)]));
        Assert.Equal(1.0, cache.Similarity(1, 0.7));
        Assert.Equal(0.0, cache.Similarity(2, 0.7));

        cache.Begin(new Dictionary<string, double> { ["word:b"] = 1.0 });
        Assert.Equal(0, cache.Count);
        Assert.Null(cache.Similarity(2, 0.7));
    }

    private static List<WeightedFeature> Vector(Random random, string[] keys)
        => [.. keys.Where(_ => random.Next(3) == 0).Select(k => new WeightedFeature(k, random.NextDouble()))];
}
