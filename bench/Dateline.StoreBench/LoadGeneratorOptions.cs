namespace Dateline.StoreBench;

/// <summary>Shape of the generated collection. The defaults give articles of about 300-600 words, like wire stories.</summary>
public sealed record LoadGeneratorOptions
{
    public int Seed { get; init; } = 20261129;

    public int MinSentences { get; init; } = 8;

    public int MaxSentences { get; init; } = 30;

    /// <summary>Share of articles that are near-duplicates of an earlier one (a syndicated copy, lightly edited).</summary>
    public double NearDuplicateRate { get; init; } = 0.05;

    public int Sources { get; init; } = 40;

    public DateOnly FirstDate { get; init; } = new(2015, 1, 1);

    public int Days { get; init; } = 3652;
}
