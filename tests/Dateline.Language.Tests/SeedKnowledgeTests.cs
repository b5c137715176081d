using System.Collections.Immutable;
using System.Text.Json;
using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Extraction.Input;
using Dateline.Extraction;
using Dateline.Language.Amounts;
using Dateline.Language.Entities;
using Dateline.Language.Quotes;
using Dateline.Language.Relations;
using Dateline.Language.Resolution;
using Dateline.Language.Times;
using Dateline.Tests;

namespace Dateline.Language.Tests;

/// <summary>
/// The seed page (../shared/data/seed, never committed) through extraction and the knowledge layers, checked against
/// seed.gold.json as check_seed.py does. Speakers and relations need entity ids: here a stand-in entity layer marks
/// every occurrence of the gold names and aliases, in place of the recognizer and resolver, to show that the
/// knowledge layers resolve them (the real recognizer is checked against the seed in <see cref="SeedTests"/>).
/// </summary>
public class SeedKnowledgeTests
{
    [Fact]
    public void TimesAmountsAndQuoteKindsWithoutEntities()
    {
        var (doc, gold) = Run(withEntities: false);
        var times = doc.Layer<TimeExpression>().Select(t => (Text: doc.TextOf(t.Span), t.Span, t.Value)).ToList();
        foreach (var g in gold.GetProperty("times").EnumerateArray())
        {
            var text = g.GetProperty("text").GetString()!;
            var value = g.GetProperty("value").GetString();
            var cand = times.Where(t => t.Text.EndsWith(text, StringComparison.OrdinalIgnoreCase));
            if (g.TryGetProperty("context", out var ctx))
            {
                int at = doc.Text.IndexOf(ctx.GetString()!, StringComparison.Ordinal);
                cand = cand.Where(t => at >= 0 && t.Span.Start >= at && t.Span.Start < at + ctx.GetString()!.Length);
            }

            Assert.Contains(cand, t => t.Value == value);
        }

        var amounts = doc.Layer<Amount>().Select(a => (Text: doc.TextOf(a.Span), a.Value, a.Modifier, a.Unit)).ToList();
        foreach (var g in gold.GetProperty("amounts").EnumerateArray())
        {
            Assert.Contains(amounts, a => a.Text.Contains(g.GetProperty("textContains").GetString()!, StringComparison.Ordinal)
                && a.Value == g.GetProperty("value").GetDouble() && a.Modifier == g.GetProperty("modifier").GetString()
                && (a.Unit ?? string.Empty).Contains(g.GetProperty("unitContains").GetString()!, StringComparison.Ordinal));
        }

        var quotes = doc.Layer<Quote>();
        foreach (var g in gold.GetProperty("quotes").EnumerateArray())
        {
            var kind = Enum.Parse<QuoteKind>(g.GetProperty("kind").GetString()!, ignoreCase: true);
            Assert.Contains(quotes, q => q.Kind == kind && doc.TextOf(q.Span).Contains(g.GetProperty("textContains").GetString()!, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void SpeakersAndRelationsResolveThroughAnEntityLayer()
    {
        var (doc, gold) = Run(withEntities: true);
        var names = doc.Entities.ToDictionary(e => e.Id, e => e.Name);
        string? Name(string? id) => id is not null && names.TryGetValue(id, out var n) ? n : null;
        var quotes = doc.Layer<Quote>();
        foreach (var g in gold.GetProperty("quotes").EnumerateArray().Concat(gold.GetProperty("indirectSpeech").EnumerateArray()))
        {
            var contains = g.GetProperty("textContains").GetString()!;
            var speaker = g.GetProperty("speaker").GetString();
            Assert.True(
                quotes.Any(q => doc.TextOf(q.Span).Contains(contains, StringComparison.Ordinal) && Name(q.SpeakerId) == speaker),
                $"quote {contains} by {speaker}: got {string.Join(", ", quotes.Where(q => doc.TextOf(q.Span).Contains(contains, StringComparison.Ordinal)).Select(q => Name(q.SpeakerId) ?? "null"))}");
        }

        var relations = doc.Layer<Relation>();
        foreach (var g in gold.GetProperty("relations").EnumerateArray())
        {
            foreach (var subject in g.GetProperty("subjects").EnumerateArray())
            {
                Assert.Contains(relations, r => r.Type.Code() == g.GetProperty("type").GetString() && Name(r.SubjectId) == subject.GetString());
            }
        }

        Assert.Contains(relations, r => Name(r.SubjectId) == "Egypt" && Name(r.ObjectId) == "Khalifa Hifter");
    }

    private static (Document Doc, JsonElement Gold) Run(bool withEntities)
    {
        var page = new CollectionReader().ReadPage(SharedData.Require("data", "seed", "000_cde34ae5cef1e48b.txt")).Page!;
        var gold = JsonDocument.Parse(File.ReadAllText(SharedData.Require("data", "seed", "seed.gold.json"))).RootElement;
        var pipeline = new PipelineBuilder().UseExtraction().UseLanguage()
            .Replace<EntityRecognizerComponent>(new GivenEntities(withEntities ? StandIns(gold) : []))
            .Remove<EntityResolverComponent>()
            .Build();
        var result = pipeline.Process(page);
        Assert.True(result.Succeeded, result.Error?.Message);
        return (result.Document!, gold);
    }

    /// <summary>Each gold entity, mentioned wherever its name or one of its aliases stands.</summary>
    private static List<GivenEntity> StandIns(JsonElement gold)
    {
        var entities = new List<GivenEntity>();
        var aliases = gold.GetProperty("aliases");
        foreach (var type in gold.GetProperty("entities").EnumerateObject())
        {
            foreach (var n in type.Value.EnumerateArray())
            {
                var name = n.GetString()!;
                var forms = new List<string> { name };
                if (aliases.TryGetProperty(name, out var a))
                {
                    forms.AddRange(a.EnumerateArray().Select(x => x.GetString()!));
                }

                entities.Add(new GivenEntity("e" + entities.Count, EntityLabels.Parse(type.Name), name, forms));
            }
        }

        return entities;
    }
}
