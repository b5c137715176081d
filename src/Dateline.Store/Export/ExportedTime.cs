namespace Dateline.Store.Export;

/// <summary>A time expression: where it starts, its words, TIMEX3 type (DATE, TIME, DURATION, SET) and normalized value.</summary>
internal sealed record ExportedTime(long Start, string Text, string Type, string? Value);
