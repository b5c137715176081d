using Dateline.Language.Tokens;

namespace Dateline.Language.Tests.Tokens;

public class TokenizerTests
{
    public static IEnumerable<object[]> Cases() => CaseFile.Cases("tokenizer.txt");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits_hard_cases(string input, string expected)
    {
        var tokens = Tokenizer.Default.Tokenize(input).Select(t => input[t.Start..t.End]);
        Assert.Equal(expected, string.Join(" | ", tokens));
    }

    [Fact]
    public void Offsets_point_into_the_text()
    {
        const string text = "  Hifter’s forces\n\nreached   Tripoli.";
        foreach (var span in Tokenizer.Default.Tokenize(text))
        {
            Assert.False(string.IsNullOrWhiteSpace(text[span.Start..span.End]));
        }

        var spans = Tokenizer.Default.Tokenize(text);
        Assert.Equal(2, spans[0].Start);
        Assert.Equal("Tripoli", text[spans[^2].Start..spans[^2].End]);
    }

    [Fact]
    public void Empty_and_odd_input_gives_no_crash()
    {
        Assert.Empty(Tokenizer.Default.Tokenize(string.Empty));
        Assert.Equal(3, Tokenizer.Default.Tokenize("\u200b\u0000 ... -- '").Count);
    }
}
