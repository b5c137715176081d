namespace Dateline.Store;

/// <summary>One outcome of ingest to store: an article or a failure, keyed by the content hash of its input.</summary>
public abstract record IngestRecord(string ContentHash, string DocumentId, string Input);
