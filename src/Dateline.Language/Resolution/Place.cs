namespace Dateline.Language.Resolution;

/// <summary>A populated place of GeoNames: name, ISO country code, coordinates.</summary>
public readonly record struct Place(string Name, string CountryCode, double Latitude, double Longitude)
{
    /// <summary>The first-level division the place lies in (GeoNames admin1: "Georgia" for Atlanta, US), when known.</summary>
    public string? Region { get; init; }
}
