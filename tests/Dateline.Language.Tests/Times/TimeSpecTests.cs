using Dateline.Core.Model;

namespace Dateline.Language.Tests.Times;

public class TimeSpecTests
{
    public static TheoryData<string, string> Cases => SpecFile.Titles("times.spec");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string file, string title)
    {
        var c = SpecFile.Case(file, title);
        var doc = KnowledgePipeline.Run(c);
        var times = doc.Layer<TimeExpression>().Select(t => (Text: doc.TextOf(t.Span), t.Type, t.Value)).ToList();
        foreach (var e in c.All("expect"))
        {
            var p = SpecFile.Parts(e);
            Assert.Contains((p[0], p[1], (string?)p[2]), times);
        }

        foreach (var word in c.All("none"))
        {
            Assert.DoesNotContain(times, t => t.Text.Contains(word, StringComparison.Ordinal));
        }
    }
}
