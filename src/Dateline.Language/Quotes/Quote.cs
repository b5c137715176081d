using Dateline.Core.Model;
using Dateline.Language.Quotes.Speakers;

namespace Dateline.Language.Quotes;

/// <summary>A quotation or reported speech, with its cue verb and speaker.</summary>
public sealed record Quote(TextSpan Span, QuoteKind Kind) : IAnnotation
{
    /// <summary>The cue: said, told, added, according to …</summary>
    public string? Cue { get; init; }

    public TextSpan? CueSpan { get; init; }

    /// <summary>The words near the quote naming the speaker: a name, a description or a pronoun.</summary>
    public TextSpan? SpeakerMention { get; init; }

    /// <summary>
    /// For a relative pronoun mention ("the officials, who added that …"), the phrase before its comma that it stands
    /// for when no entity is named there: the unnamed speaker's words, which name it in place of "who".
    /// </summary>
    public TextSpan? SpeakerAntecedent { get; init; }

    /// <summary>
    /// The <see cref="Dateline.Core.Layers.Entities.Entity.Id"/> of the speaker, when resolved; for a speaker the
    /// text describes but does not name ("a spokesperson for the employers"), an unnamed speaker's id ("unnamed-1",
    /// one per description in the document) that no entity has; null when the text does not tell who speaks.
    /// </summary>
    public string? SpeakerId { get; init; }

    /// <summary>How the text names the speaker: name, description or pronoun; null without a speaker mention.</summary>
    public SpeakerKind? SpeakerKind { get; init; }

    /// <summary>The organisation an unnamed speaker's description names ("the UCEA spokesperson" → UCEA), an entity id.</summary>
    public string? SpeakerOrganizationId { get; init; }
}
