namespace Dateline.Language.Resolution;

/// <summary>A populated place of GeoNames: name, ISO country code, coordinates.</summary>
public readonly record struct Place(string Name, string CountryCode, double Latitude, double Longitude);
