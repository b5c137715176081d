using Dateline.Language.Tokens;

namespace Dateline.Language.Tests.Tokens;

public class NamesInsideTests
{
    /// <summary>A capital after a word or a comma is a name; a sentence's, a quotation's first word or a lower-case one is none.</summary>
    [Theory]
    [InlineData("a super PAC called Future 45 ran ads", "Future", true)]
    [InlineData("Senior advisor Hope Hicks tested positive", "Hope", true)]
    [InlineData("compared with the SampP 500 and 5.8%", "SampP", true)]
    [InlineData("Rubio, Cruz and others", "Cruz", true)]
    [InlineData("The future looks bright.", "The", false)]
    [InlineData("He spoke. Future plans were set.", "Future", false)]
    [InlineData("He said: \"Now is the time.\"", "Now", false)]
    [InlineData("in the future, he said", "future", false)]
    public void A_capital_inside_a_sentence_is_a_name(string text, string word, bool name)
        => Assert.Equal(name, NamesInside.IsName(text, text.IndexOf(word, StringComparison.Ordinal)));
}
