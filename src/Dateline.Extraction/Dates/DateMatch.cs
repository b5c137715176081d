namespace Dateline.Extraction.Dates;

/// <summary>A calendar date found in text, where it starts, and whether it came with a time of day.</summary>
public sealed record DateMatch(DateOnly Date, int Index, bool HasTime);
