using Dateline.Language.Sentences;
using Dateline.Language.Tokens;

namespace Dateline.Language.Tests.Sentences;

public class SentenceSplitterTests
{
    public static IEnumerable<object[]> Cases() => CaseFile.Cases("sentences.txt");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Splits_hard_cases(string input, string expected)
    {
        // Blank lines inside the input are paragraph breaks.
        var text = input.Replace("\n", "\n\n", StringComparison.Ordinal).Replace("\n\n\n\n", "\n\n", StringComparison.Ordinal);
        var tokens = Tokenizer.Default.Tokenize(text);
        var sentences = SentenceSplitter.Default.Split(text, tokens).Select(s => text[s.Start..s.End]);
        Assert.Equal(expected, string.Join("\n", sentences));
    }
}
