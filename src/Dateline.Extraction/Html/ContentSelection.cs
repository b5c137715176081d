using AngleSharp.Dom;

namespace Dateline.Extraction.Html;

/// <summary>The containers chosen as article body, in document order, and the best container's score.</summary>
public sealed record ContentSelection(IReadOnlyList<IElement> Elements, double Score)
{
    /// <summary>The first element is the standfirst the page's meta description names, found outside the body containers.</summary>
    public bool OpensWithDescribedLead { get; init; }
}
