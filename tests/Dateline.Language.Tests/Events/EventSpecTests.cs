using Dateline.Language.Events;

namespace Dateline.Language.Tests.Events;

public class EventSpecTests
{
    public static TheoryData<string, string> Cases => SpecFile.Titles("events.spec");

    /// <summary>Trigger senses, word forms and modes (issue 18, data sitting).</summary>
    public static TheoryData<string, string> SenseCases => SpecFile.Titles("events-senses.spec");

    [Theory]
    [MemberData(nameof(Cases))]
    [MemberData(nameof(SenseCases))]
    public void Spec(string file, string title)
    {
        var c = SpecFile.Case(file, title);
        var doc = SpecRun.Run(c);
        var events = doc.Layer<Event>();
        SpecRun.AssertExactly(
            c,
            events.Select(e => $"{e.Type.Code()} | {e.Mode.Code()} | {Words(doc.TextOf, e.SourceMention)} | {Words(doc.TextOf, e.TargetMention)} | {e.SourceId ?? "-"} | {e.TargetId ?? "-"}"),
            p => string.Join(" | ", p));
        foreach (var trigger in c.All("none"))
        {
            Assert.DoesNotContain(events, e => doc.TextOf(e.Trigger) == trigger);
        }

        foreach (var line in c.All("date"))
        {
            var p = SpecFile.Parts(line);
            Assert.Equal(p[1], Assert.Single(events, e => doc.TextOf(e.Trigger) == p[0]).Date);
        }
    }

    private static string Words(Func<Dateline.Core.Model.TextSpan, string> text, Dateline.Core.Model.TextSpan? span) => span is { } s ? text(s) : "-";
}
