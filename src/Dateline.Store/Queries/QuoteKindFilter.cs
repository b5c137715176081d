namespace Dateline.Store.Queries;

/// <summary>Which kinds of quote to list: the kinds of the quotes layer (direct, mixed, indirect), or all.</summary>
public enum QuoteKindFilter
{
    /// <summary>Every quote.</summary>
    All,

    /// <summary>Whole quoted sentences: "We will not retreat," he said.</summary>
    Direct,

    /// <summary>A quoted fragment inside reported speech: he called it "a disgrace".</summary>
    Mixed,

    /// <summary>Reported speech without quotation marks: he said that they would stay.</summary>
    Indirect,
}
