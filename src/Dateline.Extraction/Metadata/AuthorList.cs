namespace Dateline.Extraction.Metadata;

/// <summary>The names an author value gives: the people, and apart from them the site's own name (its outlet).</summary>
public sealed record AuthorList(IReadOnlyList<string> People, IReadOnlyList<string> Outlets);
