namespace Dateline.Language.Quotes.Speakers;

/// <summary>How the text names a quote's speaker: by name ("Cruz"), by description ("a campaign aide") or by pronoun ("she").</summary>
public enum SpeakerKind
{
    Name,
    Description,
    Pronoun,
}
