namespace Dateline.Training.Entities;

/// <summary>A training or evaluation sentence: words and IOB2 tags over Dateline types ("B-PERSON", "O").</summary>
public sealed record TaggedSentence(string[] Words, string[] Tags)
{
    /// <summary>True for the first sentence after a -DOCSTART- line.</summary>
    public bool StartsDocument { get; init; }
}
