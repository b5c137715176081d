namespace Dateline.Core.Model;

/// <summary>The dateline opening a story: "MOSCOW (AP) —" gives place MOSCOW and agency AP.</summary>
public sealed record DatelineInfo(string? Place, string? Agency)
{
    /// <summary>Span of the whole dateline prefix within the clean text, when known.</summary>
    public TextSpan? Span { get; init; }
}
