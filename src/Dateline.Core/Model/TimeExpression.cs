namespace Dateline.Core.Model;

/// <summary>A TIMEX3 time expression: type DATE, TIME, DURATION or SET, and its normalized value ("2021-08-19", "P2W", "199").</summary>
public sealed record TimeExpression(TextSpan Span, string Type, string? Value) : IAnnotation;
