using Dateline.Core.Model;

namespace Dateline.Language.Quotes;

/// <summary>A stretch of text in quote marks, the marks included (<see cref="QuoteMarks"/>): what a quote is read from.</summary>
public sealed record QuotedStretch(TextSpan Span) : IAnnotation;
