using Dateline.Language.Entities;
using Dateline.Language.Resolution;

namespace Dateline.Language.Tests.Resolution;

public class GeoGazetteerTests
{
    private static readonly string LongRegion = "Region " + new string('é', 200);

    [Fact]
    public void SavedPlacesLoadBackWithTheirCoordinatesAndDivisions()
    {
        var loaded = SaveAndLoad(Sample());

        var springfield = loaded.Places("springfield");
        Assert.Equal(2, springfield.Count);
        Assert.Equal(("Springfield", "US", 39.80172, -89.64371, "Illinois"), Describe(springfield[0]));
        Assert.Equal(("Springfield", "US", 37.21533, -93.29824, "Missouri"), Describe(springfield[1]));
        Assert.Equal(("Zürich", "CH", 47.36667, 8.55, LongRegion), Describe(Assert.Single(loaded.Places("ZÜRICH"))));
        Assert.Null(Assert.Single(loaded.Places("Nowhere")).Region);
        Assert.Empty(loaded.Places("Atlantis"));
        Assert.Equal(["US"], loaded.CountriesWithRegion("Illinois"));
    }

    [Theory]
    [InlineData("Russia", "RU", null)]
    [InlineData("the United States", "US", null)]
    [InlineData("THE UNITED STATES", "US", null)]
    [InlineData("Russian", null, "RU")]
    [InlineData("Libyan", null, "LY")]
    [InlineData("Atlantis", null, null)]
    [InlineData("the ", null, null)]
    [InlineData("", null, null)]
    public void A_stretch_of_text_finds_its_country_by_name_and_by_demonym(string name, string? byName, string? byDemonym)
    {
        var geo = GeoGazetteer.Default;
        var text = "«" + name + "»";
        var span = text.AsSpan(1, name.Length);
        Assert.Equal(byName, geo.CountryByName(span)?.Code);
        Assert.Equal(byDemonym, geo.CountryByDemonym(span)?.Code);
        Assert.Same(geo.CountryByName(name), geo.CountryByName(span));
        Assert.Same(geo.CountryByDemonym(name), geo.CountryByDemonym(span));
    }

    [Theory]
    [InlineData("Bangalore", "IN")]
    [InlineData("Cheongju", "KR")]
    [InlineData("Rangoon", "MM")]
    [InlineData("Calcutta", "IN")]
    public void A_former_name_reads_as_the_place_the_gazetteer_names_otherwise(string name, string country)
        => Assert.Contains(GeoGazetteer.Default.Places(name), p => p.CountryCode == country);

    [Fact]
    public void A_former_name_keeps_the_readings_of_its_own_name()
    {
        var calcutta = GeoGazetteer.Default.Places("Calcutta");
        Assert.Contains(calcutta, p => p.CountryCode == "US");
        Assert.Contains(calcutta, p => p.CountryCode == "IN");
    }

    [Fact]
    public void Every_former_name_leads_to_a_gazetteer_place()
    {
        foreach (var row in Dateline.Language.ResourceText.Rows("place-former-names.txt"))
        {
            Assert.True(GeoGazetteer.Default.Places(row[1]).Count > 0, $"{row[1]} (for {row[0]}) is no gazetteer place");
        }
    }

    [Theory]
    [InlineData("São Paulo", "Sao Paulo")]
    [InlineData("Zürich", "Zurich")]
    [InlineData("Bogotá", "Bogota")]
    [InlineData("Łódź", "Łódź")]
    [InlineData("London", "London")]
    public void A_name_without_its_accents(string name, string plain) => Assert.Equal(plain, GeoGazetteer.WithoutAccents(name));

    [Fact]
    public void PlacesOfOneDivisionShareItsName()
    {
        var loaded = SaveAndLoad(Sample());

        var chicago = Assert.Single(loaded.Places("Chicago"));
        var springfield = loaded.Places("Springfield")[0];
        Assert.Equal("Illinois", chicago.Region);
        Assert.Same(chicago.Region, springfield.Region);
        Assert.Same(chicago.CountryCode, springfield.CountryCode);
    }

    [Fact]
    public void AFileOfTheFormerRecordLayoutLoadsAlike()
    {
        var path = Path.Combine(Path.GetTempPath(), $"geo-{Guid.NewGuid():N}.bin");
        try
        {
            using (var writer = new BinaryWriter(File.Create(path)))
            {
                writer.Write(0x3245474cu); // LGE2: countries, then (name, places) records in ordinal order
                writer.Write(1);
                writer.Write("US");
                writer.Write("United States");
                writer.Write(0);
                writer.Write(0);
                writer.Write(0);
                writer.Write(2);
                WritePlaces(writer, "Chicago", ("US", 41.85003f, -87.65005f, "Illinois"));
                WritePlaces(writer, "Springfield", ("US", 39.80172f, -89.64371f, "Illinois"), ("US", 37.21533f, -93.29824f, ""));
            }

            var loaded = ModelFile.Read(path, GeoGazetteer.Load);
            Assert.Equal(2, loaded.PlaceCount);
            Assert.Equal(("Chicago", "US", 41.85003, -87.65005, "Illinois"), Describe(Assert.Single(loaded.Places("CHICAGO"))));
            Assert.Equal(("Springfield", "US", 37.21533, -93.29824, null), Describe(loaded.Places("springfield")[1]));
            Assert.Equal(["US"], loaded.CountriesWithRegion("illinois"));

            Assert.StartsWith("geo gazetteer", ModelConversion.Convert(path, path + ".new"), StringComparison.Ordinal);
            Assert.Equal(0x3445474cu, BitConverter.ToUInt32(File.ReadAllBytes(path + ".new"), 0)); // LGE4: with the division centres
            var converted = ModelFile.Read(path + ".new", GeoGazetteer.Load);
            Assert.Equal(loaded.Places("Springfield").Select(Describe), converted.Places("Springfield").Select(Describe));
            Assert.Equal(loaded.RegionCentre("US", "Illinois"), converted.RegionCentre("US", "Illinois"));
        }
        finally
        {
            File.Delete(path);
            File.Delete(path + ".new");
        }
    }

    [Fact]
    public void NamesThatDifferOnlyInCaseAreOneNameAndManyNamesAreAllFound()
    {
        var places = new Dictionary<string, Place[]>
        {
            ["Springfield"] = [new("Springfield", "US", 1, 2)],
            ["springfield"] = [new("springfield", "US", 3, 4)],
        };
        for (int i = 0; i < 3000; i++)
        {
            places[$"Town {i}"] = [new($"Town {i}", "CH", i, -i)];
        }

        var loaded = SaveAndLoad(new GeoGazetteer([new Country("US", "United States")], places));
        Assert.Equal(3001, loaded.PlaceCount);
        Assert.Equal([("Springfield", "US", 1.0, 2.0, (string?)null), ("Springfield", "US", 3.0, 4.0, null)], loaded.Places("SPRINGFIELD").Select(Describe));
        for (int i = 0; i < 3000; i++)
        {
            Assert.Equal((double)i, Assert.Single(loaded.Places($"town {i}")).Latitude);
        }

        Assert.Empty(loaded.Places("Town 3000"));
    }

    [Fact]
    public void ACutOffFileIsRefusedAndNamed()
    {
        var path = Path.Combine(Path.GetTempPath(), $"geo-{Guid.NewGuid():N}.bin");
        try
        {
            Sample().Save(path);
            var bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..(bytes.Length - 5)]);
            var error = Assert.Throws<InvalidDataException>(() => ModelFile.Read(path, GeoGazetteer.Load));
            Assert.Contains(path, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static GeoGazetteer Sample() => new(
        [new Country("US", "United States"), new Country("CH", "Switzerland")],
        new Dictionary<string, Place[]>
        {
            ["Springfield"] = [new("Springfield", "US", 39.80172, -89.64371) { Region = "Illinois" }, new("Springfield", "US", 37.21533, -93.29824) { Region = "Missouri" }],
            ["Chicago"] = [new("Chicago", "US", 41.85003, -87.65005) { Region = "Illinois" }],
            ["Zürich"] = [new("Zürich", "CH", 47.36667, 8.55) { Region = LongRegion }],
            ["Nowhere"] = [new("Nowhere", "US", 1.5, 2.5)],
        });

    private static GeoGazetteer SaveAndLoad(GeoGazetteer gazetteer)
    {
        var path = Path.Combine(Path.GetTempPath(), $"geo-{Guid.NewGuid():N}.bin");
        try
        {
            gazetteer.Save(path);
            return ModelFile.Read(path, GeoGazetteer.Load);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static void WritePlaces(BinaryWriter writer, string name, params (string Code, float Latitude, float Longitude, string Region)[] places)
    {
        writer.Write(name);
        writer.Write(places.Length);
        foreach (var p in places)
        {
            writer.Write(p.Code);
            writer.Write(p.Latitude);
            writer.Write(p.Longitude);
            writer.Write(p.Region);
        }
    }

    private static (string, string, double, double, string?) Describe(Place p) => (p.Name, p.CountryCode, p.Latitude, p.Longitude, p.Region);
}
