namespace Dateline.Language.Resolution;

/// <summary>
/// The reading news usually means by a place name: the country and the first-level division ("" when GeoNames gives
/// none; the name itself for a division) of the place, and what kind of place it is.
/// </summary>
public sealed record PriorReading(string Name, string CountryCode, string Division, PlaceReadingKind Kind);
