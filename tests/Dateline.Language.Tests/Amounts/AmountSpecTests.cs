using System.Globalization;
using Dateline.Core.Model;

namespace Dateline.Language.Tests.Amounts;

public class AmountSpecTests
{
    public static TheoryData<string, string> Cases => SpecFile.Titles("amounts.spec");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string file, string title)
    {
        var c = SpecFile.Case(file, title);
        var doc = KnowledgePipeline.Run(c);
        var amounts = doc.Layer<Amount>().Select(a => (Text: doc.TextOf(a.Span), a.Value, a.Modifier, a.Unit, a.UpperValue)).ToList();
        foreach (var e in c.All("expect"))
        {
            var p = SpecFile.Parts(e);
            static string? Opt(string s) => s == "-" ? null : s;
            double? upper = Opt(p[4]) is { } u ? double.Parse(u, CultureInfo.InvariantCulture) : null;
            Assert.Contains((p[0], double.Parse(p[1], CultureInfo.InvariantCulture), Opt(p[2]), Opt(p[3]), upper), amounts);
        }

        foreach (var word in c.All("none"))
        {
            Assert.DoesNotContain(amounts, a => a.Text.Split(' ').Contains(word));
        }
    }
}
