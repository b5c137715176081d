namespace Dateline.Training.Entities;

/// <summary>Settings of <see cref="ClusterBuilder"/>.</summary>
public sealed record ClusterOptions
{
    /// <summary>Words seen fewer times get no class.</summary>
    public int MinCount { get; init; } = 3;

    /// <summary>At most this many words (the most frequent) get a class.</summary>
    public int MaxWords { get; init; } = 40_000;

    /// <summary>Context words (the most frequent) whose left/right co-occurrence describes a word.</summary>
    public int ContextWords { get; init; } = 300;

    /// <summary>Dimensions of the random projection of the co-occurrence vectors.</summary>
    public int Dimensions { get; init; } = 64;

    /// <summary>Bits of the hierarchical path (one per principal component).</summary>
    public int PathBits { get; init; } = 16;

    public int FlatClusters { get; init; } = 200;

    public int KMeansIterations { get; init; } = 12;

    public int Seed { get; init; } = 17;
}
