using Dateline.Core.Model;

namespace Dateline.Language.Tokens;

/// <summary>A token of the clean text; its text is read through the span, never copied.</summary>
public sealed record Token(TextSpan Span) : IAnnotation;
