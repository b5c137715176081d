namespace Dateline.Extraction.TextDump;

/// <summary>The optional first line of a text dump: "date YYYY-MM-DD Title".</summary>
public sealed record DumpHeader(string Date, string Title);
