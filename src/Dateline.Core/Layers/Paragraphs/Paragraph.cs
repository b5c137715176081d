using Dateline.Core.Model;

namespace Dateline.Core.Layers.Paragraphs;

/// <summary>A body paragraph of the article (headings, list items and block quotes included).</summary>
public sealed record Paragraph(TextSpan Span) : IAnnotation;
