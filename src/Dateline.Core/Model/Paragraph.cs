namespace Dateline.Core.Model;

/// <summary>A body paragraph of the article (headings, list items and block quotes included).</summary>
public sealed record Paragraph(TextSpan Span) : IAnnotation;
