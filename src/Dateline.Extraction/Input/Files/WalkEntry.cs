namespace Dateline.Extraction.Input.Files;

/// <summary>One place a directory walk found: a file to read, or why it was passed over.</summary>
public sealed record WalkEntry(FilePath Path, string Relative, WalkEntryKind Kind, string? Reason, long Size);
