namespace Dateline.Language.Times;

/// <summary>Settings of the time tagger.</summary>
public sealed record TimeTaggerOptions
{
    public static TimeTaggerOptions Default { get; } = new();

    /// <summary>How many words on each side of an expression are searched for a tense cue (10 tuned on AQUAINT and the seed).</summary>
    public int TenseWindowWords { get; init; } = 10;
}
