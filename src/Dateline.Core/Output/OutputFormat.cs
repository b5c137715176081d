namespace Dateline.Core.Output;

/// <summary>How documents are printed: JSON Lines (default), one JSON array, or readable text.</summary>
public enum OutputFormat
{
    Jsonl,
    Json,
    Text,
}
