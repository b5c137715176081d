using System.IO.Compression;
using System.Text;
using Dateline.Language.Entities;
using Dateline.Language.Resolution;
using Dateline.Training.Resolution;

namespace Dateline.Training.Tests.Resolution;

public class GeoGazetteerBuilderTests
{
    [Fact]
    public void Names_are_found_without_their_accents_unless_a_place_is_written_so_or_the_accented_place_is_a_capital()
    {
        var geo = Build(
            [
                "BR\tBRA\t076\tBrazil\tFederative Republic of Brazil\tBrazilian\t\tBrasília\tAmericas\tSouth America\t",
                "CO\tCOL\t170\tColombia\tRepublic of Colombia\tColombian\t\tBogotá\tAmericas\tSouth America\t",
                "IN\tIND\t356\tIndia\tRepublic of India\tIndian\t\tNew Delhi\tAsia\tSouthern Asia\t",
                "US\tUSA\t840\tUnited States\tUnited States of America\tAmerican\t\tWashington D.C.\tAmericas\tNorth America\t",
            ],
            [
                "São Paulo\tBR\tSão Paulo\t-23.5475\t-46.63611",
                "Bogotá\tCO\tBogota D.C.\t4.60971\t-74.08175",
                "Bogota\tUS\tNew Jersey\t40.87621\t-74.02986",
                "Srinagar\tIN\tKashmir\t34.08565\t74.80555",
                "Srīnagar\tIN\tUttarakhand\t30.22243\t78.78341",
            ]);

        Assert.Equal("BR", Assert.Single(geo.Places("Sao Paulo")).CountryCode);
        Assert.Equal(["CO", "US"], geo.Places("Bogota").Select(p => p.CountryCode).Order().ToArray());
        Assert.Equal("CO", Assert.Single(geo.Capitals("Bogota")).CountryCode);
        Assert.Equal("Kashmir", Assert.Single(geo.Places("Srinagar")).Region);
    }

    [Fact]
    public void A_division_centre_counts_each_place_once_and_keeps_countries_apart()
    {
        var geo = Build(
            [
                "BR\tBRA\t076\tBrazil\tFederative Republic of Brazil\tBrazilian\t\tBrasília\tAmericas\tSouth America\t",
                "EC\tECU\t218\tEcuador\tRepublic of Ecuador\tEcuadorean\t\tQuito\tAmericas\tSouth America\t",
                "IN\tIND\t356\tIndia\tRepublic of India\tIndian\t\tNew Delhi\tAsia\tSouthern Asia\t",
                "PK\tPAK\t586\tPakistan\tIslamic Republic of Pakistan\tPakistani\t\tIslamabad\tAsia\tSouthern Asia\t",
            ],
            [
                "São José\tBR\tSanta Catarina\t-27.6\t-48.6", // filed under "Sao Jose" too: one place, counted once
                "Blumenau\tBR\tSanta Catarina\t-26.9\t-49.1",
                "Lahore\tPK\tPunjab\t31.5\t74.3",
                "Ludhiana\tIN\tPunjab\t30.9\t75.8",
                "Amritsar\tIN\tPunjab\t31.6\t74.9",
                "Mitad\tEC\tPichincha\t-0.0\t-78.5", // -0.0 and 0.0 are one coordinate
                "Mitad del Mundo\tEC\tPichincha\t0.0\t-78.5",
                "Quito\tEC\tPichincha\t-0.2\t-78.5",
            ]);

        Assert.Equal((-27.25, -48.85), geo.RegionCentre("BR", "Santa Catarina"));
        Assert.Equal((31.5, 74.3), geo.RegionCentre("PK", "Punjab"));
        Assert.Equal((31.25, 75.35), geo.RegionCentre("IN", "Punjab"));
        Assert.Equal((-0.1, -78.5), geo.RegionCentre("EC", "Pichincha"));
        Assert.Null(geo.RegionCentre("BR", "Punjab"));

        // the countries of a division's name ignore case; its centre is of the name as spelt (ordinal, as before)
        Assert.Equal(["IN", "PK"], geo.CountriesWithRegion("PUNJAB"));
        Assert.Null(geo.RegionCentre("IN", "punjab"));
    }

    [Fact]
    public void The_division_centres_are_stored_in_the_model_and_an_older_file_is_refused_where_they_must_be_stored()
    {
        var geo = Build(
            [
                "IN\tIND\t356\tIndia\tRepublic of India\tIndian\t\tNew Delhi\tAsia\tSouthern Asia\t",
                "PK\tPAK\t586\tPakistan\tIslamic Republic of Pakistan\tPakistani\t\tIslamabad\tAsia\tSouthern Asia\t",
            ],
            [
                "Lahore\tPK\tPunjab\t31.5\t74.3",
                "Ludhiana\tIN\tPunjab\t30.9\t75.8",
                "Amritsar\tIN\tPunjab\t31.6\t74.9",
                "Patna\tIN\tBihar\t25.61\t85.14",
            ]);
        var path = Path.Combine(Path.GetTempPath(), $"geo-{Guid.NewGuid():N}.bin");
        try
        {
            geo.Save(path);
            var bytes = File.ReadAllBytes(path);
            Assert.Equal(0x3445474cu, BitConverter.ToUInt32(bytes, 0)); // LGE4: with the division centres
            var stored = ModelFile.Read(path, GeoGazetteer.LoadCurrent);
            (string, string)[] divisions = [("IN", "Punjab"), ("PK", "Punjab"), ("IN", "Bihar"), ("PK", "Bihar")];
            Assert.Equal(divisions.Select(d => geo.RegionCentre(d.Item1, d.Item2)), divisions.Select(d => stored.RegionCentre(d.Item1, d.Item2)));
            Assert.Equal((31.25, 75.35), stored.RegionCentre("IN", "Punjab"));
            Assert.Equal(["IN", "PK"], stored.CountriesWithRegion("punjab"));

            // The same file as LGE3 wrote it (no centres after the places): the shipped load refuses it, conversion computes them.
            int divisionCount = BitConverter.ToInt32(bytes, bytes.Length - (3 * 24) - 4);
            Assert.Equal(3, divisionCount);
            var older = bytes[..^(4 + (3 * 24))];
            BitConverter.GetBytes(0x3345474cu).CopyTo(older, 0);
            File.WriteAllBytes(path, older);
            var refused = Assert.Throws<InvalidDataException>(() => ModelFile.Read(path, GeoGazetteer.LoadCurrent));
            Assert.Contains("train convert", refused.Message, StringComparison.Ordinal);
            var computed = ModelFile.Read(path, GeoGazetteer.Load);
            Assert.Equal(divisions.Select(d => geo.RegionCentre(d.Item1, d.Item2)), divisions.Select(d => computed.RegionCentre(d.Item1, d.Item2)));
        }
        finally
        {
            File.Delete(path);
        }
    }

    /// <summary>A gazetteer built by `train geo` from a countries file and a cities file of these rows (headers added).</summary>
    private static Dateline.Language.Resolution.GeoGazetteer Build(string[] countries, string[] cities)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"lexicons-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        try
        {
            Write(Path.Combine(folder, "countries.tsv.gz"),
                ["#cca2\tcca3\tccn3\tname_common\tname_official\tdemonym_eng\textra_nationality\tcapital\tregion\tsubregion\talt_spellings", .. countries]);
            Write(Path.Combine(folder, "cities_geonames.tsv.gz"), ["#name\tcountry\tadmin1\tlat\tlng", .. cities]);
            return GeoGazetteerBuilder.Build(folder);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static void Write(string path, params string[] lines)
    {
        using var gzip = new GZipStream(File.Create(path), CompressionLevel.Fastest);
        var bytes = Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n");
        gzip.Write(bytes);
    }
}
