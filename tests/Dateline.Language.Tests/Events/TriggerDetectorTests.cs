using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Language.Events;

namespace Dateline.Language.Tests.Events;

/// <summary>The learned trigger detector's features and its say over the rules' triggers (docs/events.md, "The trigger detector"), on sentences written for them.</summary>
public class TriggerDetectorTests
{
    private static Document Annotate(string text)
    {
        var result = GivenEntities.Pipeline([]).Process(Document.FromText("t", text));
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Document!;
    }

    private static TriggerSentence Observe(Document doc)
    {
        var seen = new List<TriggerSentence>();
        new EventExtractor(null, null, seen.Add).Process(doc, ProcessingContext.None);
        return Assert.Single(seen);
    }

    private static TriggerModel Model(float add, float veto, params (string Feature, int Class, float Weight)[] weights)
    {
        var rows = new Dictionary<ulong, float[]>();
        foreach (var (feature, c, w) in weights)
        {
            var id = TriggerFeatures.Id(feature);
            if (!rows.TryGetValue(id, out var row))
            {
                rows[id] = row = new float[TriggerModel.Classes];
            }

            row[c] = w;
        }

        return new TriggerModel(rows, add, veto);
    }

    private static List<Event> Events(Document doc, TriggerModel? model)
        => [.. new EventExtractor(null, model).Process(doc, ProcessingContext.None).Layer<Event>()];

    [Fact]
    public void Features_say_the_word_its_class_the_lexicon_the_rules_and_the_context()
    {
        var doc = Annotate("Rebels attacked the convoy and pummeled the base with rockets.");
        var sentence = Observe(doc);
        var attacked = Assert.Single(sentence.Candidates, c => sentence.Words[c.Word] == "attacked");
        Assert.Equal(EventType.Assault, attacked.Ruled);
        Assert.Contains("rule=ASSAULT", attacked.Features);
        Assert.Contains("lex=ASSAULT", attacked.Features);
        Assert.Contains("left=actor", attacked.Features); // "Rebels" is an actor noun
        Assert.Contains("stem=attack", attacked.Features);

        var pummeled = Assert.Single(sentence.Candidates, c => sentence.Words[c.Word] == "pummeled");
        Assert.Null(pummeled.Ruled);
        Assert.Contains("w=pummeled", pummeled.Features);
        Assert.Contains("rule=-", pummeled.Features);
        Assert.Contains("lex=-", pummeled.Features);
        Assert.Contains("stem=pummel", pummeled.Features);
        Assert.Contains(pummeled.Features, f => f.StartsWith("pos=VB", StringComparison.Ordinal));
        Assert.DoesNotContain(sentence.Candidates, c => sentence.Words[c.Word] is "the" or "with" or "and");
    }

    [Fact]
    public void Negation_and_the_next_preposition_are_features()
    {
        var sentence = Observe(Annotate("The ministry said troops did not fire on the crowd."));
        var fire = Assert.Single(sentence.Candidates, c => sentence.Words[c.Word] == "fire");
        Assert.Contains("next=on", fire.Features);
        Assert.Contains(fire.Features, f => f.StartsWith("neg=", StringComparison.Ordinal));
    }

    [Fact]
    public void A_model_adds_a_trigger_only_above_its_margin_and_reads_its_actors_by_the_rules()
    {
        var doc = Annotate("Rebels pummeled the convoy near the border.");
        Assert.Empty(Events(doc, null));
        var model = Model(add: 1, veto: float.PositiveInfinity, ("w=pummeled", 1 + (int)EventType.Assault, 5));
        var e = Assert.Single(Events(doc, model));
        Assert.Equal(EventType.Assault, e.Type);
        Assert.Equal("pummeled", doc.TextOf(e.Trigger));
        Assert.Equal("Rebels", doc.TextOf(e.SourceMention!.Value));
        Assert.Empty(Events(doc, model.WithMargins(10, float.PositiveInfinity)));

        // a feature of two parts hashes at run time as its text does
        Assert.Single(Events(doc, Model(add: 1, veto: float.PositiveInfinity, ("rule|w=-|pummeled", 1 + (int)EventType.Assault, 5))));
    }

    [Fact]
    public void A_model_adds_no_second_event_of_a_type_the_rules_coded()
    {
        var doc = Annotate("Rebels attacked the convoy and pummeled the base.");
        var model = Model(add: 1, veto: float.PositiveInfinity, ("w=pummeled", 1 + (int)EventType.Assault, 5));
        Assert.Equal(Events(doc, null).Count, Events(doc, model).Count);
    }

    [Fact]
    public void A_model_drops_a_rule_trigger_only_when_no_event_wins_by_more_than_its_margin()
    {
        var doc = Annotate("Rebels attacked the convoy near the border.");
        Assert.Single(Events(doc, null));
        var model = Model(add: float.PositiveInfinity, veto: 1, ("rule=ASSAULT", 0, 5));
        Assert.Empty(Events(doc, model));
        Assert.Single(Events(doc, model.WithMargins(float.PositiveInfinity, 10)));
    }

    [Fact]
    public void The_model_file_reads_back_what_it_wrote()
    {
        var text = "add\t2\nveto\t3.5\nw=attack\t0:-1.5\t16:2\nbias=1\t0:0.25\n";
        var model = TriggerModel.Parse(text.Split('\n').Where(l => l.Length > 0));
        Assert.Equal(2, model.AddMargin);
        Assert.Equal(3.5f, model.VetoMargin);
        var writer = new StringWriter();
        model.Write(writer, "test");
        Assert.Equal("# test\nadd\t2\nveto\t3.5\nbias=1\t0:0.25\nw=attack\t0:-1.5\t16:2\n", writer.ToString());
        Span<float> scores = stackalloc float[TriggerModel.Classes];
        model.Score([TriggerFeatures.Id("w=attack"), TriggerFeatures.Id("bias=1"), TriggerFeatures.Id("unseen=1")], scores);
        Assert.Equal(-1.25f, scores[0]);
        Assert.Equal(2f, scores[16]);
        Assert.Throws<InvalidDataException>(() => TriggerModel.Parse(["lonely"]));
    }
}
