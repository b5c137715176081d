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
        var model = new ArgumentModel(new Dictionary<string, float[]>(StringComparer.Ordinal) { ["b"] = [1.5f, -2], ["a"] = [0, 0.25f] }, minMargin: 0.5f);
        var writer = new StringWriter();
        model.Write(writer, "test");
        var text = writer.ToString();
        Assert.Equal("# test\nmargin\t0.5\na\t0\t0.25\nb\t1.5\t-2\n", text);
        var back = ArgumentModel.Parse(text.Split('\n').Where(l => l.Length > 0 && l[0] != '#'));
        Assert.Equal(0.5f, back.MinMargin);
        Assert.Equal(1.5f, back.Scores(["b", "x"]).Source);
        Assert.Throws<InvalidDataException>(() => ArgumentModel.Parse(["a\t1"]));
    }
}
