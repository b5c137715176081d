namespace Dateline.Language.Resolution;

/// <summary>A first-level division of a country and the mean coordinates of its places.</summary>
internal sealed record DivisionCentre(string CountryCode, string Region, double Latitude, double Longitude);
