using Dateline.Core.Model;

namespace Dateline.Language.Amounts;

/// <summary>A quantity: "at least 20,000 foreign fighters" → value 20000, modifier "at least", unit "foreign fighters".</summary>
public sealed record Amount(TextSpan Span, double Value) : IAnnotation
{
    /// <summary>"at least", "about", "more than" …</summary>
    public string? Modifier { get; init; }

    /// <summary>The thing counted, or the currency/percent for money and shares.</summary>
    public string? Unit { get; init; }

    /// <summary>The upper bound of a range ("4-6 weeks" → 6).</summary>
    public double? UpperValue { get; init; }
}
