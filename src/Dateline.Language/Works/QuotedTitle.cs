using Dateline.Core.Model;

namespace Dateline.Language.Works;

/// <summary>The inner span (marks excluded) of a title of a work in quote marks (<see cref="QuotedTitles"/>).</summary>
public sealed record QuotedTitle(TextSpan Span) : IAnnotation;
