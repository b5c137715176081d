using Dateline.Language.Tokens;

namespace Dateline.Language.Tests.Tokens;

public class NamesInsideTests
{
    [Theory]
    [InlineData("a super PAC called Future 45 ran ads", "Future")]
    [InlineData("Senior advisor Hope Hicks tested positive", "Hope")]
    [InlineData("compared with the SampP 500 and 5.8%", "SampP")]
    [InlineData("Rubio, Cruz and others", "Cruz")]
    public void A_capital_after_a_word_or_a_comma_is_a_name(string text, string word)
        => Assert.True(NamesInside.IsName(text, text.IndexOf(word, StringComparison.Ordinal)));

    [Theory]
    [InlineData("The future looks bright.", "The")]
    [InlineData("He spoke. Future plans were set.", "Future")]
    [InlineData("He said: \"Now is the time.\"", "Now")]
    [InlineData("in the future, he said", "future")]
    public void A_sentence_start_or_a_lower_case_word_is_none(string text, string word)
        => Assert.False(NamesInside.IsName(text, text.IndexOf(word, StringComparison.Ordinal)));
}
