using Dateline.Core.Layers.Entities;
using Dateline.Core.Model;
using Dateline.Core.Pipeline;
using Dateline.Language.Events;

namespace Dateline.Language.Tests.Events;

/// <summary>The learned argument scorer's features and its say over the rules (docs/events.md, "The argument scorer"), on sentences written for them.</summary>
public class ArgumentScorerTests
{
    private static Document Annotate(string text, params GivenEntity[] entities)
    {
        var result = GivenEntities.Pipeline(entities).Process(Document.FromText("t", text));
        Assert.True(result.Succeeded, result.Error?.Message);
        return result.Document!;
    }

    private static ArgumentGroup Group(Document doc, EventType type)
    {
        var groups = new List<ArgumentGroup>();
        new EventExtractor(null, groups.Add).Process(doc, ProcessingContext.None);
        return Assert.Single(groups, g => g.Type == type);
    }

    [Fact]
    public void Features_say_side_distance_preposition_kind_and_the_rules_choice()
    {
        var doc = Annotate("Rebels attacked the convoy near Kandahar on Monday.", new GivenEntity("E1", EntityLabel.Gpe, "Kandahar", ["Kandahar"]));
        var group = Group(doc, EventType.Assault);
        Assert.Equal("attacked", group.Trigger);
        var rebels = Assert.Single(group.Candidates, c => c.Text == "Rebels");
        Assert.Contains("rule=src", rebels.Features);
        Assert.Contains("side=L|type=Assault", rebels.Features);
        Assert.Contains("side=L|gap=0", rebels.Features);
        Assert.Contains("side=L|prep=-", rebels.Features);
        var place = Assert.Single(group.Candidates, c => c.Text == "Kandahar");
        Assert.Contains("rule=-", place.Features);
        Assert.Contains("side=R|prep=near", place.Features);
        Assert.Contains("kind=Gpe", place.Features);
        Assert.Contains("side=R|hops=1", place.Features); // "the convoy" lies between
        Assert.Contains("none|has=st", group.NoneFeatures); // the rules read "the convoy" as its target
    }

    [Fact]
    public void Features_count_verbs_commas_and_clause_breaks_between()
    {
        var doc = Annotate("Police said on Tuesday, in a statement, that gunmen attacked the convoy.");
        var police = Assert.Single(Group(doc, EventType.Assault).Candidates, c => c.Text == "Police");
        Assert.Contains("side=L|verbs=1", police.Features);
        Assert.Contains("side=L|commas=2", police.Features);
        Assert.Contains("side=L|break=True", police.Features);
        Assert.Contains("side=L|hops=1", police.Features);
    }

    [Fact]
    public void Features_say_how_the_candidate_is_reached()
    {
        var doc = Annotate("Police said gunmen attacked the convoy.");
        var group = Group(doc, EventType.Assault);
        var police = Assert.Single(group.Candidates, c => c.Text == "Police");
        Assert.Contains("first=True|side=L|form=verb", police.Features); // the sentence's first actor
        Assert.Contains("before=start|side=L", police.Features);
        var gunmen = Assert.Single(group.Candidates, c => c.Text == "gunmen");
        Assert.Contains("first=False|side=L|form=verb", gunmen.Features);
        Assert.Contains("before=verb|side=L", gunmen.Features); // the object of "said", the subject of "attacked"
        Assert.Contains("side=L|lead=noun|next=verb", gunmen.Features); // the trigger follows a noun; a verb follows the candidate
        Assert.Contains("none|lead=noun", group.NoneFeatures);

        var groups = new List<ArgumentGroup>();
        new EventExtractor(null, groups.Add).Process(Annotate("The minister travelled to Cairo to meet the rebels."), ProcessingContext.None);
        var meet = Assert.Single(groups, g => g.Trigger == "meet");
        Assert.Contains("none|lead=to|form=verb", meet.NoneFeatures); // an infinitive: its subject is a governing verb's
    }

    [Fact]
    public void A_trigger_the_rules_read_no_actor_for_is_observed_but_never_coded()
    {
        const string text = "Officials said the accusations were false.";
        var doc = Annotate(text);
        var group = Group(doc, EventType.Accuse);
        Assert.True(group.Unread);
        Assert.Contains("none|has=x", group.NoneFeatures);
        Assert.Contains(group.Candidates, c => c.Text == "Officials");

        // a model that would choose "Officials" at any margin codes nothing: the scorer decides who, never whether
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal) { ["head=officials"] = [100, 100] };
        Assert.Empty(new EventExtractor(new ArgumentModel(weights, minMargin: 0)).Process(doc, ProcessingContext.None).Layer<Event>());
        Assert.Empty(new EventExtractor(null).Process(doc, ProcessingContext.None).Layer<Event>());
    }

    [Fact]
    public void A_model_overrules_the_rules_only_by_more_than_its_margin()
    {
        const string text = "Police said gunmen attacked the convoy.";
        var doc = Annotate(text);
        string Source(ArgumentModel? model)
        {
            var e = Assert.Single(new EventExtractor(model).Process(doc, ProcessingContext.None).Layer<Event>());
            return e.SourceMention is { } s ? doc.TextOf(s) : "-";
        }

        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal) { ["head=police"] = [5, 0] };
        Assert.Equal("gunmen", Source(null));
        Assert.Equal("Police", Source(new ArgumentModel(weights, minMargin: 1)));
        Assert.Equal("gunmen", Source(new ArgumentModel(weights, minMargin: 10)));

        // "no argument" outscoring the rules' source takes it away
        var none = new Dictionary<string, float[]>(StringComparer.Ordinal) { ["none|type=Assault"] = [5, 0] };
        Assert.Equal("-", Source(new ArgumentModel(none, minMargin: 1)));
    }

    [Fact]
    public void The_model_file_reads_back_what_it_wrote()
    {
        var model = new ArgumentModel(new Dictionary<string, float[]>(StringComparer.Ordinal) { ["none|form=verb"] = [1.5f, -2], ["none"] = [0, 0.25f] }, minMargin: 0.5f);
        var writer = new StringWriter();
        model.Write(writer, "test");
        var text = writer.ToString();
        Assert.Equal("# test\nmargin\t0.5\nnone\t0\t0.25\nnone|form=verb\t1.5\t-2\n", text);
        var back = ArgumentModel.Parse(text.Split('\n').Where(l => l.Length > 0 && l[0] != '#'));
        Assert.Equal(0.5f, back.MinMargin);
        var none = new ArgumentFeatureValues();
        none.Clear(none: true);
        none.Set(ArgumentFeatures.Slot.Form, 2); // verb
        Assert.Equal((1.5f, -1.75f), back.Scores(none));
        Assert.Throws<InvalidDataException>(() => ArgumentModel.Parse(["a\t1"]));
    }

    [Fact]
    public void Scores_by_codes_add_the_weights_of_the_features_texts_in_order()
    {
        var random = new Random(20);
        string[] words = ["police", "near", "-", "x|side=L", "x", "", "in|type=Assault"];
        for (int round = 0; round < 200; round++)
        {
            var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
            var asked = Values(random, words);
            // the model weighs some of the asked features and some of other values' (decoys), with weights whose sums show order
            for (int k = 0; k < 3; k++)
            {
                foreach (var f in ArgumentFeatures.Texts(k == 0 ? asked : Values(random, words)))
                {
                    if (random.Next(3) > 0)
                    {
                        // a weight written as "-0" reads as negative zero: adding it, or a zero the closed templates' array holds for an unweighted feature, leaves the sum's bits alone
                        weights[f] = random.Next(8) == 0 ? [-0f, 0f] : [(float)random.NextDouble() * 1000, (float)random.NextDouble() * 1e-3f];
                    }
                }
            }

            weights["head=x|side=L"] = [7, 7]; // read both as head "x" with side L and as the head "x|side=L"
            weights["none|has=st|type=Assault"] = [3, 3];
            float source = 0, target = 0;
            foreach (var f in ArgumentFeatures.Texts(asked))
            {
                if (weights.TryGetValue(f, out var row))
                {
                    source += row[0];
                    target += row[1];
                }
            }

            var scored = new ArgumentModel(weights, minMargin: 1).Scores(asked);
            Assert.Equal((BitConverter.SingleToInt32Bits(source), BitConverter.SingleToInt32Bits(target)), (BitConverter.SingleToInt32Bits(scored.Source), BitConverter.SingleToInt32Bits(scored.Target)));
        }
    }

    private static ArgumentFeatureValues Values(Random random, string[] words)
    {
        var values = new ArgumentFeatureValues();
        values.Clear(none: random.Next(4) == 0);
        for (int slot = 0; slot < ArgumentFeatures.SlotNames.Length; slot++)
        {
            if (ArgumentFeatures.SlotValues[slot] is { } texts)
            {
                values.Set((ArgumentFeatures.Slot)slot, random.Next(texts.Length));
            }
        }

        values.Prep = words[random.Next(words.Length)];
        values.Head = words[random.Next(words.Length)];
        return values;
    }
}
