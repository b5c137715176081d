namespace Dateline.Store.Bench;

/// <summary>
/// Shape of a synthetic collection (<see cref="SyntheticCollection"/>). The defaults give wire-sized stories (about
/// 250 words) over a vocabulary whose word frequencies follow Zipf's law, as news text does, so a search meets the
/// same mix of words in every article and words in a few hundred.
/// </summary>
public sealed record SyntheticOptions
{
    /// <summary>The same seed gives the same collection, article by article.</summary>
    public int Seed { get; init; } = 20261204;

    /// <summary>Distinct words. With the Zipf exponent below, the commonest word is in every article and the rarest in a handful of a million.</summary>
    public int Vocabulary { get; init; } = 200_000;

    /// <summary>Zipf exponent of word frequencies (about 1 for English text).</summary>
    public double ZipfExponent { get; init; } = 1.0;

    public int MinWords { get; init; } = 120;

    public int MaxWords { get; init; } = 380;

    /// <summary>Distinct named entities (people, organisations, places); articles pick 2 to 8 of them, a few very often.</summary>
    public int Entities { get; init; } = 20_000;

    public int Sources { get; init; } = 200;

    /// <summary>Share of articles that copy a recent one with one sentence changed (syndicated wire copy), to be folded as near-duplicates.</summary>
    public double NearDuplicateRate { get; init; } = 0.05;

    /// <summary>Share of articles without a publication date.</summary>
    public double UndatedRate { get; init; } = 0.02;

    public DateOnly FirstDate { get; init; } = new(2015, 1, 1);

    public int Days { get; init; } = 3652;
}
