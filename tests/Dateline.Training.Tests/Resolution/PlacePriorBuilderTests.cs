using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;
using Dateline.Language.Resolution;
using Dateline.Training.Resolution;

namespace Dateline.Training.Tests.Resolution;

public class PlacePriorBuilderTests
{
    // Dover: a town in England (the only one in Britain) and in Delaware (the only one in the US); Springfield: two US towns.
    private static readonly GeoGazetteer Geo = new(
        [new Country("GB", "United Kingdom") { Names = ["Britain"], Demonyms = ["British"] }, new Country("US", "United States") { Names = ["U.S."] }],
        new Dictionary<string, Place[]>
        {
            ["Dover"] = [new("Dover", "GB", 51.13, 1.31) { Region = "England" }, new("Dover", "US", 39.16, -75.52) { Region = "Delaware" }],
            ["Springfield"] = [new("Springfield", "US", 39.8, -89.64) { Region = "Illinois" }, new("Springfield", "US", 37.21, -93.29) { Region = "Missouri" }],
        });

    [Fact]
    public void A_country_named_in_every_article_favours_no_reading()
    {
        // Every article names the U.S., so the ten that name Dover do so by chance; five of them name Britain, which
        // few others do. Counted raw, the US reading would win ten to five.
        var builder = new PlacePriorBuilder(Geo, new PlacePriorOptions());
        for (int i = 0; i < 40; i++)
        {
            Add(builder, "U.S. officials spoke.", ("U.S.", "GPE"));
        }

        for (int i = 0; i < 5; i++)
        {
            Add(builder, "U.S. and Britain met in Dover.", ("U.S.", "GPE"), ("Britain", "GPE"), ("Dover", "GPE"));
            Add(builder, "U.S. ships reached Dover.", ("U.S.", "GPE"), ("Dover", "GPE"));
        }

        var row = Assert.Single(builder.Build());
        Assert.Equal(new PriorReading("Dover", "GB", "England", PlaceReadingKind.Town), row.Reading);
        Assert.Equal((10, 5), (row.Articles, row.Observed));
        Assert.Equal(1.0, row.Expected, 6); // 10 articles × 5 of 50 naming Britain
    }

    [Fact]
    public void Readings_favoured_alike_give_none_and_only_tagged_places_vote()
    {
        var builder = new PlacePriorBuilder(Geo, new PlacePriorOptions());
        for (int i = 0; i < 20; i++)
        {
            Add(builder, "Rain fell.");
        }

        for (int i = 0; i < 4; i++)
        {
            // Dover beside England and beside Delaware alike: neither reading dominates
            Add(builder, "England and Dover flooded.", ("England", "GPE"), ("Dover", "GPE"));
            Add(builder, "Delaware and Dover flooded.", ("Delaware", "GPE"), ("Dover", "GPE"));

            // a surname that is a town votes for nothing, whatever the article names
            Add(builder, "Mr. Springfield of Illinois spoke.", ("Springfield", "PERSON"), ("Illinois", "GPE"));
        }

        Assert.Empty(builder.Build());
        Assert.Equal(3, builder.NamesSeen); // Dover and the divisions Delaware, Illinois (one reading each; England is Britain): not Springfield
    }

    [Fact]
    public void A_division_named_beside_the_place_picks_its_town_and_the_row_reads_back()
    {
        var builder = new PlacePriorBuilder(Geo, new PlacePriorOptions());
        for (int i = 0; i < 10; i++)
        {
            Add(builder, "Rain fell.");
        }

        for (int i = 0; i < 3; i++)
        {
            Add(builder, "Springfield, Illinois voted.", ("Springfield", "GPE"), ("Illinois", "GPE"));
        }

        var row = Assert.Single(builder.Build());
        var read = PlacePrior.Parse([row.ToLine().Split('\t')]).Reading("SPRINGFIELD");
        Assert.Equal(new PriorReading("Springfield", "US", "Illinois", PlaceReadingKind.Town), read);
    }

    [Fact]
    public void A_name_of_one_reading_is_kept_only_when_its_evidence_is_far_above_the_base_rate()
    {
        // "Middle River" (one reading, in Maryland, as "Middle East" is a Baltimore neighbourhood) beside the U.S., which
        // most articles name: 20 observed against 17.3 expected is an excess of 2.7 articles but no sign of Maryland.
        // Mosul beside Iraq, which few others name: 4 observed against 0.4 expected. Hit (a town in Iraq) is as often
        // beside Iraq, but the articles write "hit" in lower case as often as they name the town: a word first. New
        // Orleans cannot lift by the U.S. either, but by its state, named in no other article.
        var geo = new GeoGazetteer(
            [new Country("US", "United States") { Names = ["U.S."] }, new Country("IQ", "Iraq") { Names = ["Iraq"] }],
            new Dictionary<string, Place[]>
            {
                ["Middle River"] = [new("Middle River", "US", 39.33, -76.44) { Region = "Maryland" }],
                ["Mosul"] = [new("Mosul", "IQ", 36.34, 43.13) { Region = "Nineveh" }],
                ["Hit"] = [new("Hit", "IQ", 33.64, 42.83) { Region = "Anbar" }],
                ["New Orleans"] = [new("New Orleans", "US", 29.95, -90.08) { Region = "Louisiana" }],
            });
        var rows = Read(new PlacePriorOptions());
        Assert.Equal(["Mosul", "New Orleans"], rows.Select(r => r.Reading.Name));
        Assert.Equal(new PriorReading("Mosul", "IQ", "Nineveh", PlaceReadingKind.Town), rows[0].Reading);
        Assert.Equal((4, 4), (rows[0].Articles, rows[0].Observed));
        Assert.Equal((3, 3), (rows[1].Articles, rows[1].Observed)); // the state's articles, not the country's

        // without the lift bar the U.S. named everywhere would confirm Maryland (the word stays a word, and New Orleans,
        // lifted already by the U.S., falls short of the excess)
        Assert.Equal(["Middle River", "Mosul"], Read(new PlacePriorOptions { MinLift = 0 }).Select(r => r.Reading.Name));

        IReadOnlyList<PlacePriorRow> Read(PlacePriorOptions options)
        {
            var builder = new PlacePriorBuilder(geo, options);
            for (int i = 0; i < 40; i++)
            {
                Add(builder, "U.S. officials spoke.", ("U.S.", "GPE"));
            }

            for (int i = 0; i < 20; i++)
            {
                Add(builder, "U.S. troops trained in Middle River.", ("U.S.", "GPE"), ("Middle River", "GPE"));
            }

            for (int i = 0; i < 10; i++)
            {
                Add(builder, "Rain fell.");
            }

            for (int i = 0; i < 4; i++)
            {
                Add(builder, "Iraq and U.S. forces took Mosul.", ("Iraq", "GPE"), ("U.S.", "GPE"), ("Mosul", "GPE"));
                Add(builder, "Iraq said a bomb hit Hit.", ("Iraq", "GPE"), ("Hit", "GPE"));
            }

            for (int i = 0; i < 3; i++)
            {
                Add(builder, "U.S. aid reached New Orleans in Louisiana.", ("U.S.", "GPE"), ("New Orleans", "GPE"), ("Louisiana", "GPE"));
            }

            return builder.Build();
        }
    }

    private static void Add(PlacePriorBuilder builder, string text, params (string Name, string Label)[] mentions)
    {
        var found = new List<EntityMention>();
        foreach (var (name, label) in mentions)
        {
            int at = text.IndexOf(name, StringComparison.Ordinal);
            found.Add(new EntityMention(new TextSpan(at, at + name.Length), EntityLabels.Parse(label)));
        }

        builder.Add(text, found);
    }
}
