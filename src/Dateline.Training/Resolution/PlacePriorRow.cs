using Dateline.Language.Resolution;

namespace Dateline.Training.Resolution;

/// <summary>
/// A learned usual reading and the evidence that chose it: of <see cref="Articles"/> articles naming the place,
/// <see cref="Observed"/> name the reading's country or division where <see cref="Expected"/> would by that
/// country's or division's base rate; <see cref="Share"/> is its part of all the readings' excess articles.
/// </summary>
public sealed record PlacePriorRow(PriorReading Reading, int Articles, int Observed, double Expected, double Share)
{
    /// <summary>Observed minus expected: the articles beyond chance that favour the reading.</summary>
    public double Excess => Observed - Expected;

    /// <summary>The row as the data file keeps it (tab-separated; <see cref="PlacePrior.Parse"/> reads the first four columns).</summary>
    public string ToLine()
        => string.Join('\t',
            Reading.Name,
            Reading.CountryCode,
            Reading.Division.Length == 0 ? "-" : Reading.Division,
            Reading.Kind.ToString().ToLowerInvariant(),
            Articles.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Observed.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Expected.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
            Share.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
}
