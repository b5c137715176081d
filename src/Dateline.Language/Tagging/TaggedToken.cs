using Dateline.Core.Model;

namespace Dateline.Language.Tagging;

/// <summary>A token with its part of speech; the token's text is read through the span.</summary>
public sealed record TaggedToken(TextSpan Span, PartOfSpeech Tag) : IAnnotation;
