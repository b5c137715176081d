namespace Dateline.Store.Queries;

/// <summary>The order of a quote list.</summary>
public enum QuoteSort
{
    /// <summary>Newest article first (then by place in the article).</summary>
    Newest,

    /// <summary>Oldest article first.</summary>
    Oldest,

    /// <summary>By the speaker's name (the entity's, else the words naming the speaker), A to Z; quotes without a speaker last.</summary>
    Speaker,
}
