using Dateline.Core.Model;

namespace Dateline.Language.Quotes;

/// <summary>A quote before its speaker is resolved to an entity.</summary>
internal sealed record QuoteDraft(TextSpan Span, QuoteKind Kind, TextSpan? Cue, TextSpan? Speaker, int Paragraph)
{
    /// <summary>The speaker came from the paragraph before (a continued quote).</summary>
    public bool Inherited { get; init; }

    /// <summary>Whom a reply's pronoun speaker stands for: the addressee of the question before it ("asked Montoya-Lewis, “…?”").</summary>
    public TextSpan? Addressee { get; init; }
}
