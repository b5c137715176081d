using Dateline.Store.Threads;

namespace Dateline.Store.Tests.Threads;

/// <summary>The similarity two articles are threaded by (<see cref="ThreadFeatures.Similarity"/>).</summary>
public class ThreadFeaturesTests
{
    private const double Share = 0.7;

    private static Dictionary<string, double> Unit(params (string Key, double Weight)[] features)
    {
        var norm = Math.Sqrt(features.Sum(f => f.Weight * f.Weight));
        return features.ToDictionary(f => f.Key, f => f.Weight / norm, StringComparer.Ordinal);
    }

    private static byte[] Stored(Dictionary<string, double> vector) => ThreadVectors.Encode(vector.Select(f => new WeightedFeature(f.Key, f.Value)));

    [Fact]
    public void AnArticlesFeaturesAreItsEntitiesAndLowerCasedWordsCountedWithTheirStrongestRole()
    {
        var options = new ThreadOptions();
        var features = ThreadFeatures.Of(
            "Flood in ÉCOLE town",
            "The flood hit the École; 2024 ٣٤٥ x9z ab FLOOD said. Ünïcode-words",
            [new("entity:7", 3), new("entity:8", 0)],
            options);
        Assert.Equal(
            new Dictionary<string, ThreadFeature>(StringComparer.Ordinal)
            {
                ["entity:7"] = new(options.EntityWeight, 3),
                ["entity:8"] = new(options.EntityWeight, 1),
                ["word:flood"] = new(options.TitleWeight, 3),
                ["word:école"] = new(options.TitleWeight, 2),
                ["word:town"] = new(options.TitleWeight, 1),
                ["word:hit"] = new(1.0, 1),
                ["word:x9z"] = new(1.0, 1),
                ["word:ünïcode"] = new(1.0, 1),
                ["word:words"] = new(1.0, 1),
            },
            features);
    }

    [Fact]
    public void AnArticleIsFullySimilarToItself()
    {
        var a = Unit(("entity:1", 2), ("entity:2", 1), ("word:hurricane", 1), ("word:landfall", 0.5));
        Assert.Equal(1.0, ThreadFeatures.Similarity(a, Stored(a), Share), 9);
    }

    [Fact]
    public void TheSameNamesInOtherWordsScoreTheEntityShare()
    {
        var a = Unit(("entity:1", 1), ("entity:2", 1), ("word:vote", 1), ("word:parliament", 1));
        var b = Unit(("entity:1", 1), ("entity:2", 1), ("word:rally", 1), ("word:crowd", 1));
        Assert.Equal(Share, ThreadFeatures.Similarity(a, Stored(b), Share), 9);
    }

    [Fact]
    public void ManyWordsDoNotDrownTheSharedNames()
    {
        // A long digest: the same two names as a short report, and many words of its own.
        var report = Unit(("entity:1", 1), ("entity:2", 1), ("word:debate", 1));
        var digest = Unit([("entity:1", 1), ("entity:2", 1), .. Enumerable.Range(0, 40).Select(i => ($"word:w{i}", 1.0))]);
        var cosine = report.Sum(f => f.Value * digest.GetValueOrDefault(f.Key));
        var similarity = ThreadFeatures.Similarity(report, Stored(digest), Share);
        Assert.True(cosine < 0.25, $"cosine {cosine}");
        Assert.Equal(Share, similarity, 9);
    }

    [Fact]
    public void WithoutEntitiesOnEitherSideItIsTheWordCosine()
    {
        var a = Unit(("word:storm", 1), ("word:flood", 1));
        var b = Unit(("entity:9", 1), ("word:storm", 1), ("word:coast", 1));
        var words = 1 / Math.Sqrt(2) * (1 / Math.Sqrt(2));
        Assert.Equal(words, ThreadFeatures.Similarity(a, Stored(b), Share), 9);
        Assert.Equal(words, ThreadFeatures.Similarity(b, Stored(a), Share), 9);
    }

    [Fact]
    public void NothingSharedIsZero()
    {
        var a = Unit(("entity:1", 1), ("word:storm", 1));
        var b = Unit(("entity:2", 1), ("word:election", 1));
        Assert.Equal(0.0, ThreadFeatures.Similarity(a, Stored(b), Share), 9);
    }
}
