namespace Dateline.Language.Entities;

/// <summary>Per-call buffers of <see cref="FeatureExtractor"/> and the decoder; one per thread or call, never shared.</summary>
internal sealed class FeatureScratch
{
    /// <summary>Bound of <see cref="WordCache"/>; it is emptied when full.</summary>
    public const int MaxCachedWords = 200_000;

    public WordCache WordCache { get; } = new(MaxCachedWords);

    /// <summary>Per word, its <see cref="WordCache.HashOf"/>.</summary>
    public uint[] WordHashes { get; private set; } = [];

    public WordInfo[] Infos { get; private set; } = [];

    public ulong[] Features { get; private set; } = [];

    public int[] Counts { get; private set; } = [];

    public ulong[] Low { get; private set; } = [];

    public ulong[] Form { get; private set; } = [];

    public ulong[] Shape { get; private set; } = [];

    public uint[] Path { get; private set; } = [];

    public int[] LexBegin { get; private set; } = [];

    public int[] LexInside { get; private set; } = [];

    public int[] PhraseStart { get; private set; } = [];

    public int[] PhraseEnd { get; private set; } = [];

    public int[] PhraseHeads { get; private set; } = [];

    public float[] Scores { get; private set; } = [];

    /// <summary>The second member's scores, summed with the first's (<see cref="JointWeights.ScoreLead"/>).</summary>
    public float[] SecondScores { get; private set; } = [];

    /// <summary>Per word, the joint rows its features found (<see cref="JointWeights"/>), MaxFeaturesPerToken apart.</summary>
    public int[] JointRows { get; private set; } = [];

    public int[] JointRowCounts { get; private set; } = [];

    public int[] Back { get; private set; } = [];

    public void Ensure(int n)
    {
        if (Counts.Length >= n)
        {
            return;
        }

        n = Math.Max(n, Counts.Length * 2);

        Features = new ulong[n * FeatureExtractor.MaxFeaturesPerToken];
        JointRows = new int[n * FeatureExtractor.MaxFeaturesPerToken];
        JointRowCounts = new int[n];
        Counts = new int[n];
        Infos = new WordInfo[n];
        WordHashes = new uint[n];
        Low = new ulong[n];
        Form = new ulong[n];
        Shape = new ulong[n];
        Path = new uint[n];
        LexBegin = new int[n];
        LexInside = new int[n];
        PhraseStart = new int[n];
        PhraseEnd = new int[n];
        PhraseHeads = new int[n];
    }

    public void EnsureLattice(int n, int labels)
    {
        if (Scores.Length < n * labels)
        {
            Scores = new float[n * labels];
            SecondScores = new float[n * labels];
            Back = new int[n * labels];
        }
    }
}
