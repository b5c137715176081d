namespace Dateline.Store;

/// <summary>What one batch did: articles stored, failures recorded, inputs skipped as already stored, near-duplicates found.</summary>
public sealed record WriteSummary(int Stored, int Failures, int Skipped, int NearDuplicates)
{
    public static WriteSummary None { get; } = new(0, 0, 0, 0);

    public WriteSummary Add(WriteSummary other)
        => new(Stored + other.Stored, Failures + other.Failures, Skipped + other.Skipped, NearDuplicates + other.NearDuplicates);
}
