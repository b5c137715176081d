namespace Dateline.Language.Resolution;

/// <summary>What a reading of a place name is: a country's capital, a first-level division, or a town in a division.</summary>
public enum PlaceReadingKind
{
    Town,
    Capital,
    Division,
}
