using Dateline.Language;
using Dateline.Language.Resolution;
using Dateline.Training.Entities;

namespace Dateline.Training.Resolution;

/// <summary>Builds the countries and places gazetteer of entity resolution from the shared lexicons (`dateline train geo`).</summary>
public static class GeoGazetteerBuilder
{
    /// <summary>Builds the gazetteer from the lexicon folder (training time).</summary>
    public static GeoGazetteer Build(string lexiconFolder)
    {
        var countries = new List<Country>();
        var extraNames = ResourceText.Lines("country-aliases.txt").Select(l => l.Split('\t')).ToLookup(p => p[1], p => p[0]);
        var extraDemonyms = ResourceText.Lines("demonym-aliases.txt").Select(l => l.Split('\t')).ToLookup(p => p[1], p => p[0]);
        foreach (var row in LexiconSources.Rows(Path.Combine(lexiconFolder, "countries.tsv.gz")))
        {
            string Cell(int i) => i < row.Length ? row[i].Trim() : string.Empty;
            var code = Cell(0);
            var names = new[] { Cell(3), Cell(4) }.Concat(Cell(10).Split('|')).Concat(extraNames[code])
                .Where(n => n.Length > 1).Distinct(StringComparer.Ordinal).ToList();
            var demonyms = LexiconSources.Demonyms(Cell(5), Cell(6)).Concat(extraDemonyms[code]).Distinct(StringComparer.Ordinal).ToList();
            var capitals = Cell(7).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            countries.Add(new Country(code, Cell(3)) { Names = names, Demonyms = demonyms, Capitals = capitals });
        }

        var places = new Dictionary<string, List<Place>>(StringComparer.Ordinal);
        foreach (var row in LexiconSources.Rows(Path.Combine(lexiconFolder, "cities_geonames.tsv.gz")))
        {
            if (row.Length < 5 || !double.TryParse(row[3], System.Globalization.CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(row[4], System.Globalization.CultureInfo.InvariantCulture, out var lon))
            {
                continue;
            }

            if (!places.TryGetValue(row[0], out var list))
            {
                places[row[0]] = list = [];
            }

            list.Add(new Place(row[0], row[1], lat, lon) { Region = row[2].Length > 0 ? row[2] : null });
        }

        // English news writes many names without their accents ("Sao Paulo", "Izmir"): those spellings are names too,
        // unless a place already has that spelling — GeoNames writes the known place plainly ("Srinagar") and smaller
        // namesakes with accents ("Srīnagar") — or the accented place is a capital ("Bogotá" beside Bogota, New Jersey).
        var capitalNames = countries.SelectMany(c => c.Capitals).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var written = places.Keys.ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var name in places.Keys.Order(StringComparer.Ordinal).ToList())
        {
            if (GeoGazetteer.WithoutAccents(name) is var plain && plain != name && (!written.Contains(plain) || capitalNames.Contains(name)))
            {
                if (!places.TryGetValue(plain, out var list))
                {
                    places[plain] = list = [];
                }

                list.AddRange(places[name].Select(p => new Place(plain, p.CountryCode, p.Latitude, p.Longitude) { Region = p.Region }));
            }
        }

        return new GeoGazetteer(countries, places.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal));
    }
}
