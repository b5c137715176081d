namespace Dateline.Language.Quotes.Speakers;

/// <summary>The gender a pronoun or a person's name tells; unknown agrees with both.</summary>
internal enum SpeakerGender
{
    Unknown,
    Male,
    Female,
}
