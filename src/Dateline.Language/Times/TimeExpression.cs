using Dateline.Core.Model;

namespace Dateline.Language.Times;

/// <summary>A TIMEX3 time expression: its type and normalized value ("2021-08-19", "P2W", "199").</summary>
public sealed record TimeExpression(TextSpan Span, TimexType Type, string? Value) : IAnnotation;
