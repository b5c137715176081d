namespace Dateline.Core.Model;

/// <summary>A sentence of the clean text.</summary>
public sealed record Sentence(TextSpan Span) : IAnnotation;
