using Dateline.Core.Model;

namespace Dateline.Language.Quotes;

/// <summary>A quotation or reported speech, with its cue verb and speaker.</summary>
public sealed record Quote(TextSpan Span, QuoteKind Kind) : IAnnotation
{
    /// <summary>The cue: said, told, added, according to …</summary>
    public string? Cue { get; init; }

    public TextSpan? CueSpan { get; init; }

    /// <summary>The words near the quote naming the speaker: a name, a description or a pronoun.</summary>
    public TextSpan? SpeakerMention { get; init; }

    /// <summary>The <see cref="Dateline.Core.Layers.Entities.Entity.Id"/> of the speaker, when resolved.</summary>
    public string? SpeakerId { get; init; }
}
