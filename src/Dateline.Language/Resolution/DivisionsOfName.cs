namespace Dateline.Language.Resolution;

/// <summary>
/// The first-level divisions of one name (ignoring case) in every country that has one ("Punjab": India's and
/// Pakistan's), with their centres as the place table stores them.
/// </summary>
internal sealed class DivisionsOfName
{
    private readonly DivisionCentre[] _centres;

    public DivisionsOfName(DivisionCentre[] centres)
    {
        _centres = centres;
        var countries = new List<string>(centres.Length);
        foreach (var centre in centres)
        {
            if (!countries.Contains(centre.CountryCode))
            {
                countries.Add(centre.CountryCode);
            }
        }

        countries.Sort(StringComparer.Ordinal);
        Countries = [.. countries];
    }

    /// <summary>The countries with a division of this name, in ordinal order.</summary>
    public IReadOnlyList<string> Countries { get; }

    /// <summary>The centre of the division spelt exactly so (ordinal, as the country code) in that country, or null.</summary>
    public (double Latitude, double Longitude)? Centre(string countryCode, string region)
    {
        foreach (var centre in _centres)
        {
            if (string.Equals(centre.CountryCode, countryCode, StringComparison.Ordinal) && string.Equals(centre.Region, region, StringComparison.Ordinal))
            {
                return (centre.Latitude, centre.Longitude);
            }
        }

        return null;
    }
}
