using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;
using Dateline.Language.Resolution;

namespace Dateline.Language.Tests.Resolution;

public class EntityLookupTests
{
    /// <summary>
    /// Brute-force equivalence: random mention layers and entities (twins, nested, empty and long mentions, spans given
    /// out of order, people and others); the indexed answers are the scan of every mention's in the list's order
    /// (the layer's mentions, then each entity's), ties included.
    /// </summary>
    [Fact]
    public void AnswersAsTheScanOfEveryMention()
    {
        var random = new Random(20261207);
        var text = new string('x', 250);
        for (int trial = 0; trial < 300; trial++)
        {
            TextSpan Span(int reach)
            {
                int start = random.Next(0, 150);
                return new TextSpan(start, start + random.Next(0, reach + 1));
            }

            string Id() => "e" + random.Next(0, 6);
            var labels = Enumerable.Range(0, 6).ToDictionary(i => "e" + i, _ => random.Next(3) == 0 ? EntityLabel.Person : EntityLabel.Organization);
            var layer = Enumerable.Range(0, random.Next(0, 25)).Select(_ => Span(random.Next(6) == 0 ? 60 : 8) is var s && random.Next(5) == 0
                ? new EntityMention(s, EntityLabel.Person) // unresolved: read by neither answer
                : new EntityMention(s, random.Next(4) == 0 ? EntityLabel.Person : EntityLabel.Organization) { EntityId = Id() }).ToList();
            var entities = Enumerable.Range(0, 6).Where(_ => random.Next(2) == 0)
                .Select(i => new Entity("e" + i, "E" + i, labels["e" + i]) { Mentions = [.. Enumerable.Range(0, random.Next(0, 5)).Select(_ => Span(10))] }).ToList();
            var doc = Document.FromText("t", text).WithLayer<EntityMention>([.. layer]).WithLayer<Entity>([.. entities]);

            var all = layer.Where(m => m.EntityId is not null).Select(m => (m.Span, Id: m.EntityId!)).Concat(entities.SelectMany(e => e.Mentions.Select(s => (Span: s, e.Id)))).ToList();
            var people = layer.Where(m => m.EntityId is not null && m.Label == EntityLabel.Person).Select(m => m.EntityId!)
                .Concat(entities.Where(e => e.Label == EntityLabel.Person).Select(e => e.Id)).ToHashSet();
            var lookup = new EntityLookup(doc);
            for (int ask = 0; ask < 30; ask++)
            {
                int position = random.Next(0, 210);
                Assert.Equal(ScanLastPersonBefore(all, people, position), lookup.LastPersonBefore(position));
                var span = Span(random.Next(3) == 0 ? 0 : 20);
                bool preferPeople = random.Next(2) == 0;
                var expected = (preferPeople ? ScanFind(all, span, people.Contains) : null) ?? ScanFind(all, span, _ => true);
                Assert.Equal(expected, lookup.Find(span, preferPeople));
            }
        }
    }

    [Fact]
    public void OfTwoMentionsOfOneStartTheFirstGivenIsThePerson()
    {
        var doc = Document.FromText("t", "Ann Lee met Bo Chan.").WithLayer<EntityMention>(
        [
            new EntityMention(new TextSpan(0, 7), EntityLabel.Person) { EntityId = "a" },
            new EntityMention(new TextSpan(12, 19), EntityLabel.Person) { EntityId = "b" },
            new EntityMention(new TextSpan(12, 19), EntityLabel.Person) { EntityId = "c" },
        ]);
        var lookup = new EntityLookup(doc);
        Assert.Equal("b", lookup.LastPersonBefore(19));
        Assert.Equal("a", lookup.LastPersonBefore(18));
        Assert.Null(lookup.LastPersonBefore(6));
        Assert.Equal("b", lookup.Find(new TextSpan(10, 20)));
        Assert.Null(lookup.Find(new TextSpan(3, 3))); // an empty span overlaps no mention by any character
    }

    // the scans EntityLookup did before its index (perf-hostile)
    private static string? ScanLastPersonBefore(List<(TextSpan Span, string Id)> mentions, HashSet<string> people, int position)
    {
        string? best = null;
        int bestStart = -1;
        foreach (var (s, id) in mentions)
        {
            if (s.End <= position && s.Start > bestStart && people.Contains(id))
            {
                best = id;
                bestStart = s.Start;
            }
        }

        return best;
    }

    private static string? ScanFind(List<(TextSpan Span, string Id)> mentions, TextSpan span, Func<string, bool> accept)
    {
        string? best = null;
        int bestOverlap = 0;
        int bestEnd = -1;
        foreach (var (s, id) in mentions)
        {
            if (!accept(id))
            {
                continue;
            }

            int overlap = Math.Min(s.End, span.End) - Math.Max(s.Start, span.Start);
            if (overlap > bestOverlap || (overlap == bestOverlap && overlap > 0 && s.End > bestEnd))
            {
                best = id;
                bestOverlap = overlap;
                bestEnd = s.End;
            }
        }

        return best;
    }
}
