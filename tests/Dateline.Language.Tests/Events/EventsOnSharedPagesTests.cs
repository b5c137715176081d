using System.Text.Json;
using Dateline.Core.Model;
using Dateline.Extraction.Input;
using Dateline.Language.Events;
using Dateline.Tests;

namespace Dateline.Language.Tests.Events;

/// <summary>
/// The event layer on real pages of ../shared (never committed), through the whole pipeline with the shipped models:
/// the seed's backing events, and on the extraction dev pages the invariants every event keeps (its trigger and actors
/// inside its sentence, actors that are entities of the document).
/// </summary>
public class EventsOnSharedPagesTests
{
    [Fact]
    public void TheSeedsBackersSupportHifterAndHisRivals()
    {
        var doc = Annotate(SharedData.Require("data", "seed", "000_cde34ae5cef1e48b.txt"));
        var gold = JsonDocument.Parse(File.ReadAllText(SharedData.Require("data", "seed", "seed.gold.json"))).RootElement;
        var events = doc.Layer<Event>();
        foreach (var g in gold.GetProperty("relations").EnumerateArray())
        {
            var evidence = g.GetProperty("evidenceContains").GetString()!;
            foreach (var subject in g.GetProperty("subjects").EnumerateArray().Select(x => x.GetString()!))
            {
                Assert.Contains(events, e => e.Type == EventType.Support && e.Mode == EventMode.Asserted
                    && doc.TextOf(e.Span).Contains(evidence, StringComparison.Ordinal)
                    && EventsLayer.ActorName(doc, e.SourceId, e.SourceMention) is { } name && (name == subject || name.EndsWith(subject, StringComparison.Ordinal)));
            }
        }

        // "His campaign" stands for Hifter
        Assert.Contains(events, e => e.Type == EventType.Support && EventsLayer.ActorName(doc, e.TargetId, null) is { } t && t.Contains("Hifter", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryEventOnTheDevPagesStaysInsideItsSentence()
    {
        var pages = Directory.GetFiles(SharedData.Require("data", "extraction", "dev", "pages")).Order(StringComparer.Ordinal).Take(40).ToList();
        int count = 0;
        foreach (var page in pages)
        {
            var doc = Annotate(page);
            var entities = doc.Entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var e in doc.Layer<Event>())
            {
                count++;
                Assert.True(e.Span.Contains(e.Trigger), $"{page}: trigger outside its sentence");
                foreach (var mention in new[] { e.SourceMention, e.TargetMention })
                {
                    Assert.True(mention is not { } m || e.Span.Contains(m), $"{page}: actor outside the sentence of '{doc.TextOf(e.Trigger)}'");
                }

                foreach (var id in new[] { e.SourceId, e.TargetId, e.PlaceId, e.ClaimedById })
                {
                    Assert.True(id is null || entities.Contains(id), $"{page}: event refers to entity {id}, which the document lacks");
                }

                Assert.False(e.SourceMention is { } sm && e.TargetMention is { } tm && sm == tm, $"{page}: an actor acts on itself");
            }
        }

        Assert.True(count >= 40, $"only {count} events on {pages.Count} news pages");
    }

    private static Document Annotate(string path)
    {
        var page = new CollectionReader().ReadPage(path).Page!;
        var result = Pipelines.Pages.Process(page);
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Document!;
    }
}
