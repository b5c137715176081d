namespace Dateline.Store.Duplicates;

/// <summary>
/// Near-duplicate detection settings. 64 MinHash values in 16 bands of 4: two texts with word-shingle Jaccard 0.8 share
/// a band with probability 1-(1-0.8^4)^16 ≈ 0.9999, at 0.3 with ≈ 0.12; candidates are then confirmed on the full
/// signature. Syndicated copies (same story, different site chrome or an edited sentence) sit well above 0.7.
/// </summary>
public sealed record MinHashOptions
{
    public static MinHashOptions Default { get; } = new();

    /// <summary>Words per shingle.</summary>
    public int ShingleWords { get; init; } = 4;

    public int Bands { get; init; } = 16;

    public int RowsPerBand { get; init; } = 4;

    /// <summary>Estimated Jaccard similarity at or above which two articles are copies of one story.</summary>
    public double Threshold { get; init; } = 0.7;

    /// <summary>Texts with fewer shingles get no signature: too short to tell a copy from a coincidence.</summary>
    public int MinShingles { get; init; } = 8;

    public int HashCount => Bands * RowsPerBand;
}
