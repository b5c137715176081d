using System.Globalization;
using Dateline.Language.Amounts;

namespace Dateline.Language.Tests.Amounts;

public class AmountSpecTests
{
    public static TheoryData<string, string> Cases => SpecFile.Titles("amounts.spec");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Spec(string file, string title)
    {
        var c = SpecFile.Case(file, title);
        var doc = SpecRun.Run(c);
        var amounts = doc.Layer<Amount>().Select(a => (Text: doc.TextOf(a.Span), a.Value, a.Modifier, a.Unit, a.UpperValue)).ToList();
        static string N(double? v) => v is { } x ? Math.Round(x, 4).ToString(CultureInfo.InvariantCulture) : "-";
        SpecRun.AssertExactly(
            c,
            amounts.Select(a => $"{a.Text} | {N(a.Value)} | {a.Modifier ?? "-"} | {a.Unit ?? "-"} | {N(a.UpperValue)}"),
            p => $"{p[0]} | {N(double.Parse(p[1], CultureInfo.InvariantCulture))} | {p[2]} | {p[3]} | {(p[4] == "-" ? "-" : N(double.Parse(p[4], CultureInfo.InvariantCulture)))}");
        foreach (var word in c.All("none"))
        {
            Assert.DoesNotContain(amounts, a => a.Text.Split(' ').Contains(word));
        }
    }
}
