namespace Dateline.Store;

/// <summary>An input that could not become an article: where it came from (path, line or record offset), why, and which component failed.</summary>
public sealed record FailureRecord(string ContentHash, string DocumentId, string Input, string Kind, string Message)
    : IngestRecord(ContentHash, DocumentId, Input)
{
    public string? Component { get; init; }
}
