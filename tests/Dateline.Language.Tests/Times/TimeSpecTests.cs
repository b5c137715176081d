using Dateline.Language.Times;

namespace Dateline.Language.Tests.Times;

public class TimeSpecTests
{
    public static TheoryData<string, string> Cases => SpecFile.Titles("times.spec");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string file, string title)
    {
        var c = SpecFile.Case(file, title);
        var doc = SpecRun.Run(c);
        var times = doc.Layer<TimeExpression>().Select(t => (Text: doc.TextOf(t.Span), Type: t.Type.Code(), Value: t.Value ?? "-")).ToList();
        SpecRun.AssertExactly(c, times.Select(t => $"{t.Text} | {t.Type} | {t.Value}"), p => $"{p[0]} | {p[1]} | {p[2]}");
        foreach (var word in c.All("none"))
        {
            Assert.DoesNotContain(times, t => t.Text.Contains(word, StringComparison.Ordinal));
        }
    }
}
