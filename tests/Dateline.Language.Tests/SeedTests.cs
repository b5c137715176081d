using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Extraction.Input;
using Dateline.Extraction;
using Dateline.Tests;

namespace Dateline.Language.Tests;

/// <summary>The seed page through extraction and the language layers, against the hand-made ../shared/data/seed/seed.gold.json.</summary>
public class SeedTests
{
    private static readonly Lazy<(Document Doc, System.Text.Json.JsonElement Gold)> Seed = new(Load);

    [Fact]
    public void Every_gold_entity_is_found_with_its_type()
    {
        var (doc, gold) = Seed.Value;
        foreach (var type in gold.GetProperty("entities").EnumerateObject())
        {
            foreach (var name in type.Value.EnumerateArray().Select(n => n.GetString()!))
            {
                Assert.True(Find(doc, name, type.Name) is not null, $"{type.Name} {name} missing; got {string.Join(", ", doc.Entities.Select(e => $"{e.Label}:{e.Name}"))}");
            }
        }
    }

    [Fact]
    public void Aliases_and_roles_are_as_in_the_gold()
    {
        var (doc, gold) = Seed.Value;
        foreach (var alias in gold.GetProperty("aliases").EnumerateObject())
        {
            var person = Find(doc, alias.Name, EntityLabels.Person);
            Assert.NotNull(person);
            var texts = person.Mentions.Select(doc.TextOf).ToList();
            foreach (var a in alias.Value.EnumerateArray().Select(a => a.GetString()!))
            {
                Assert.True(texts.Any(t => a.Contains(t, StringComparison.Ordinal) || t.Contains(a, StringComparison.Ordinal)), $"{alias.Name}: alias {a} not among {string.Join(" | ", texts)}");
            }
        }

        foreach (var role in gold.GetProperty("roles").EnumerateObject())
        {
            var person = Find(doc, role.Name, EntityLabels.Person);
            Assert.NotNull(person);
            Assert.Contains(person.Roles, r => r.Contains(role.Value.GetString()!, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void Mentions_are_spans_into_the_text()
    {
        var (doc, _) = Seed.Value;
        foreach (var mention in doc.Layer<EntityMention>())
        {
            Assert.NotNull(mention.EntityId);
            Assert.Contains(doc.Entities, e => e.Id == mention.EntityId && e.Mentions.Contains(mention.Span));
        }
    }

    private static Entity? Find(Document doc, string name, string type)
        => doc.Entities.FirstOrDefault(e => e.Label.Code() == type
            && (string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase) || e.Mentions.Any(m => string.Equals(doc.TextOf(m), name, StringComparison.OrdinalIgnoreCase))));

    private static (Document, System.Text.Json.JsonElement) Load()
    {
        var page = SharedData.Require("data", "seed", "000_cde34ae5cef1e48b.txt");
        var gold = System.Text.Json.JsonDocument.Parse(File.ReadAllText(SharedData.Require("data", "seed", "seed.gold.json"))).RootElement;
        var pipeline = new PipelineBuilder().UseExtraction().UseLanguage().Build();
        var item = new CollectionReader().ReadPage(page);
        var result = pipeline.Process(item.Page!);
        return (result.Document ?? throw new InvalidOperationException($"seed failed: {result.Error?.Message}"), gold);
    }
}
