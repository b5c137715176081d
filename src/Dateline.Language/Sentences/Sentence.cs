using Dateline.Core.Model;

namespace Dateline.Language.Sentences;

/// <summary>A sentence of the clean text.</summary>
public sealed record Sentence(TextSpan Span) : IAnnotation;
