namespace Dateline.Extraction.Dates;

/// <summary>The publication and modification dates of a page, and which evidence gave the publication date.</summary>
public sealed record PublicationDates(DateOnly? Published, DateOnly? Modified, string? Evidence);
