namespace Dateline.Store.Export;

/// <summary>A quote: its span and words, kind (direct, mixed, indirect), cue verb and speaker (the entity's name, else the words naming the speaker).</summary>
internal sealed record ExportedQuote(long Start, long End, string Text, string Kind)
{
    public string? Cue { get; init; }

    public string? Speaker { get; init; }

    /// <summary>The collection-wide key of the speaker entity, when resolved.</summary>
    public long? SpeakerKey { get; init; }
}
