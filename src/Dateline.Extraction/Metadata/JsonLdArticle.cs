namespace Dateline.Extraction.Metadata;

/// <summary>What the page's JSON-LD says about the article (the first Article-like object wins each field).</summary>
public sealed record JsonLdArticle
{
    public string? Headline { get; init; }

    /// <summary>The object's name, which article objects often set to the headline too.</summary>
    public string? Name { get; init; }

    public string? DatePublished { get; init; }

    public string? DateModified { get; init; }

    /// <summary>The authors that are people (or not typed).</summary>
    public IReadOnlyList<string> Authors { get; init; } = [];

    /// <summary>The authors typed as organisations (Organization, NewsMediaOrganization, …): the outlet, mostly.</summary>
    public IReadOnlyList<string> OrganisationAuthors { get; init; } = [];

    public string? Publisher { get; init; }

    public string? Description { get; init; }

    public string? Image { get; init; }

    public string? Url { get; init; }
}
