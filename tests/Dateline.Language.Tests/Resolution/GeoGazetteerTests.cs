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

    private static (string, string, double, double, string?) Describe(Place p) => (p.Name, p.CountryCode, p.Latitude, p.Longitude, p.Region);
}
