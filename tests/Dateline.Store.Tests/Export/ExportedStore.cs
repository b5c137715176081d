using System.Collections.Immutable;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;

namespace Dateline.Store.Tests.Export;

/// <summary>A store with two articles for the export tests: one with every layer, a date-time, two authors with curly quotes and a placed city; one bare, without URL or date.</summary>
internal static class ExportedStore
{
    public const string Text = "Vladimir Putin said in Moscow on Monday that at least 20,000 troops would stay, recalling 2014, \"We will not retreat,\" he said. Putin left Moscow later.";

    public static TempStore Open()
    {
        var t = new TempStore();
        var full = Articles.Make("a", "One, \u201Cquoted\u201D", Text, "2022-03-14T09:30:00+01:00", "Wire");
        full = full.WithMetadata(m => m with { Authors = ["Jane \u201CJJ\u201D Doe", "Max Mustermann"], Url = "https://www.wire.example/a" })
            .WithLayer<Entity>([.. full.Entities.Select(e => e.Label == EntityLabel.Gpe ? e with { Latitude = 55.75222, Longitude = 37.61556 } : e)]);
        var bare = Articles.Make("b", "Two", "Nothing to see.", null, null).WithMetadata(m => m with { Url = null }).WithLayer<Entity>(ImmutableArray<Entity>.Empty).WithLayer<EntityMention>(ImmutableArray<EntityMention>.Empty);
        t.Store.Write([Articles.Record(full), Articles.Record(bare)]);
        return t;
    }
}
